package dev.steady.habit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one habit's entries add up to within one period (a day or a week), fed a day at a time, oldest first.
 * Each kind of habit makes its own ({@link Habit#tally}); the rest days, which every kind treats alike, are
 * dealt with here: a rested day's rest entry is not counted, the day shows as rested unless it was met anyway,
 * and a week's target is lowered pro rata to the days rested in it, rounded down.
 */
public abstract class Tally {
  /** Sums of minutes from sessions in fractional seconds must not miss a target by a rounding error. */
  private static final double EPSILON = 1e-9;

  private boolean logged;
  private int rested;
  private boolean restedToday;
  private List<Entry> counted = List.of();

  Tally() {}

  /** Starts a new period. */
  final void reset() {
    logged = false;
    rested = 0;
    clear();
  }

  /** Adds one day's entries (possibly none) and returns that day's heatmap level. */
  final int add(LocalDate date, List<Entry> day) {
    List<Entry> counted = day;
    for (Entry e : day) {
      if (e.amount().rest()) {
        counted = withoutRests(day);
        rested++;
        break;
      }
    }
    logged |= !counted.isEmpty();
    restedToday = counted != day;
    this.counted = counted;
    int level = count(date, counted);
    return restedToday && level != Cell.MET ? Cell.RESTED : level;
  }

  /** Whether the day last added was rested. */
  final boolean restedToday() {
    return restedToday;
  }

  /** The entries of the day last added, rests aside. */
  final List<Entry> counted() {
    return counted;
  }

  private static List<Entry> withoutRests(List<Entry> day) {
    List<Entry> counted = new ArrayList<>(day.size());
    for (Entry e : day) {
      if (!e.amount().rest()) {
        counted.add(e);
      }
    }
    return counted;
  }

  /** Whether the period so far has any entry (rests aside). */
  final boolean logged() {
    return logged;
  }

  /** Days rested in the period so far. */
  final int restedDays() {
    return rested;
  }

  /**
   * Whether the period counts as rested: it neither breaks nor extends a streak. A day rested and not met; a
   * week whose target the rests have lowered to nothing.
   */
  abstract boolean rested();

  /** A week's target lowered by the days rested, pro rata and rounded down. */
  final long lowered(long target) {
    return target * (7 - Math.min(7, rested)) / 7;
  }

  abstract void clear();

  abstract int count(LocalDate date, List<Entry> day);

  /** Whether the period so far is met. */
  abstract boolean met();

  abstract Progress progress();

  /** The day from which periods without any entry count as met (limits being kept), or null: never. */
  LocalDate emptyMetFrom() {
    return null;
  }

  static boolean reaches(double value, double target) {
    return value >= target - EPSILON;
  }

  /**
   * How much one entry adds toward a habit with the given unit. In minutes: lengths of time and the
   * completed breathing time of sessions. Counted: counts, the number of items, and one for anything else.
   */
  static double quantity(Amount amount, String unit) {
    return "min".equals(unit) ? amount.minutes() : amount.counted();
  }

  static double sum(List<Entry> day, String unit) {
    double total = 0;
    for (Entry e : day) {
      total += quantity(e.amount(), unit);
    }
    return total;
  }

  static int level(boolean any, boolean met) {
    return !any ? Cell.NONE : met ? Cell.MET : Cell.SOME;
  }

  /** A day's amount against a minimum. */
  static final class Daily extends Tally {
    private final Habit.Daily habit;
    private double value;

    Daily(Habit.Daily habit) {
      this.habit = habit;
    }

    @Override
    void clear() {
      value = 0;
    }

    @Override
    int count(LocalDate date, List<Entry> day) {
      value += sum(day, habit.unit());
      return level(!day.isEmpty(), met());
    }

    @Override
    boolean met() {
      return reaches(value, habit.min());
    }

    @Override
    boolean rested() {
      return restedDays() > 0 && !met();
    }

    @Override
    Progress progress() {
      return new Progress(value, habit.min(), habit.unit());
    }
  }

  /** Met when any night of the day keeps the window, so a nap logged beside the night does no harm. */
  static final class Window extends Tally {
    private final Habit.Window habit;
    private boolean kept;

    Window(Habit.Window habit) {
      this.habit = habit;
    }

    @Override
    void clear() {
      kept = false;
    }

    @Override
    int count(LocalDate date, List<Entry> day) {
      for (Entry e : day) {
        kept |= e.amount().night().filter(habit::keeps).isPresent();
      }
      return level(!day.isEmpty(), kept);
    }

    @Override
    boolean met() {
      return kept;
    }

    @Override
    boolean rested() {
      return restedDays() > 0 && !met();
    }

    @Override
    Progress progress() {
      return new Progress(kept ? 1 : 0, 1, "nights");
    }
  }

  static final class WeeklyDays extends Tally {
    private final Habit.WeeklyDays habit;
    private int days;

    WeeklyDays(Habit.WeeklyDays habit) {
      this.habit = habit;
    }

    @Override
    void clear() {
      days = 0;
    }

    @Override
    int count(LocalDate date, List<Entry> day) {
      boolean reached = !day.isEmpty() && reaches(sum(day, habit.unit()), habit.dailyMin());
      if (reached) {
        days++;
      }
      return level(!day.isEmpty(), reached);
    }

    @Override
    boolean met() {
      return !rested() && days >= lowered(habit.days());
    }

    @Override
    boolean rested() {
      return lowered(habit.days()) == 0;
    }

    @Override
    Progress progress() {
      return new Progress(days, lowered(habit.days()), "days");
    }
  }

  /** A day is shown met once the week's distinct items have reached the target by that day. */
  static final class WeeklyDistinct extends Tally {
    private final Habit.WeeklyDistinct habit;
    private final Set<String> items = new HashSet<>();

    WeeklyDistinct(Habit.WeeklyDistinct habit) {
      this.habit = habit;
    }

    @Override
    void clear() {
      items.clear();
    }

    @Override
    int count(LocalDate date, List<Entry> day) {
      for (Entry e : day) {
        for (String item : e.amount().items()) {
          items.add(item.toLowerCase(Locale.ROOT));
        }
      }
      return level(!day.isEmpty(), met());
    }

    @Override
    boolean met() {
      return !rested() && items.size() >= lowered(habit.target());
    }

    @Override
    boolean rested() {
      return lowered(habit.target()) == 0;
    }

    @Override
    Progress progress() {
      return new Progress(items.size(), lowered(habit.target()), "items");
    }
  }

  /**
   * Kept from the week of the log's first entry on; every day of such a week is shown met while the week's
   * count so far stays within the limit, and as over the limit once it has passed it. A limit does not rest.
   */
  static final class WeeklyAtMost extends Tally {
    private final Habit.WeeklyAtMost habit;
    private final LocalDate keptSince;
    private boolean keeping;
    private double value;

    WeeklyAtMost(Habit.WeeklyAtMost habit, LocalDate keptSince) {
      this.habit = habit;
      this.keptSince = keptSince;
    }

    @Override
    void clear() {
      value = 0;
      keeping = false;
    }

    @Override
    int count(LocalDate date, List<Entry> day) {
      keeping = keptSince != null && !date.isBefore(keptSince);
      value += sum(day, null);
      if (!keeping) {
        return Cell.NONE;
      }
      return day.isEmpty() ? (met() ? Cell.MET : Cell.NONE) : met() ? Cell.SOME : Cell.OVER;
    }

    @Override
    boolean met() {
      return keeping && value <= habit.max();
    }

    @Override
    boolean rested() {
      return false;
    }

    @Override
    Progress progress() {
      return new Progress(value, habit.max(), null);
    }

    @Override
    LocalDate emptyMetFrom() {
      return keptSince;
    }
  }
}
