package dev.steady.habit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * From entries, settings and today's date to each habit's status. Pure: no I/O, no clock.
 *
 * <p>One pass hands each entry to its habit's walk; each walk then goes through its entries by date, visiting
 * only the dates that have entries plus the days its heatmap and current period need, so a ten-year log costs
 * milliseconds and a mistyped date centuries ago costs nothing. Entries of habits the settings do not name, and
 * entries dated after {@code today}, are ignored.
 *
 * <p>The work for one entry and for one date each sits in a method of its own. A command runs once, on a cold
 * JVM whose client compiler compiles a method after some hundred calls but never a long loop inside a method
 * called once: so the loops here only call, and what they call is soon compiled.
 */
public final class StreakEngine {
  private StreakEngine() {}

  /** One status per habit of {@code settings}, in the settings' order; the heatmap covers {@code days} days. */
  public static List<HabitStatus> statuses(List<Entry> entries, Settings settings, LocalDate today, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    Map<String, Walk> walks = new HashMap<>();
    for (Habit habit : settings.habits()) {
      walks.put(habit.id(), new Walk(habit, settings, today));
    }
    long logStart = Long.MAX_VALUE;
    long last = today.toEpochDay();
    // over an array, so that this loop, which is never compiled, does one call an entry
    for (Entry e : entries.toArray(new Entry[0])) {
      logStart = take(walks, e, logStart, last);
    }
    LocalDate start = logStart == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(logStart);
    List<HabitStatus> statuses = new ArrayList<>(settings.habits().size());
    for (Habit habit : settings.habits()) {
      statuses.add(walks.get(habit.id()).status(days, start));
    }
    return statuses;
  }

  /** Hands the entry to its habit's walk, and returns the log's first day so far (of any habit). */
  private static long take(Map<String, Walk> walks, Entry e, long logStart, long today) {
    long day = e.date().toEpochDay();
    Walk walk = walks.get(e.habit());
    // a programme's start or stop counts toward no habit, but it is a use of steady, from which limits count
    if (walk != null && e.amount().counts()) {
      walk.take(e, day);
    }
    return day <= today ? Math.min(logStart, day) : logStart;
  }

  /**
   * One habit's walk through its dates, closing each period (day or week) as the next one begins. Dates are
   * epoch days here, so that visiting one compares numbers rather than calls on {@code LocalDate}.
   */
  private static final class Walk {
    private static final long NONE = Long.MIN_VALUE;
    /** The days over which rest days are counted against the budget. */
    private static final int REST_WINDOW = RestDays.WINDOW;

    private final Habit habit;
    private final Settings settings;
    private final boolean weekly;
    private final long today;
    private final long weekAnchor;
    private final Streak streak = new Streak();
    private final List<Entry> entries = new ArrayList<>();
    /** The epoch day of each of {@link #entries}. */
    private long[] days = new long[64];
    /** Whether {@link #entries} are in date order, as a log kept oldest first is: then they need no sort. */
    private boolean ordered = true;
    private Tally tally;
    private Strength strength;
    private long strengthFrom;
    private int restDays;
    private long closed = NONE;
    private long open = NONE;
    private List<Cell> cells;
    private long firstCell;
    /** The next day that must be visited with or without entries, and the next entry to visit. */
    private long dense;
    private int next;

    Walk(Habit habit, Settings settings, LocalDate today) {
      this.habit = habit;
      this.settings = settings;
      this.weekly = habit.period() == Habit.Period.WEEK;
      this.today = today.toEpochDay();
      this.weekAnchor = settings.weekOf(LocalDate.EPOCH).toEpochDay();
    }

    void take(Entry e, long day) {
      if (day > today) {
        return;
      }
      int n = entries.size();
      if (n == days.length) {
        days = Arrays.copyOf(days, 2 * n);
      }
      ordered &= n == 0 || day >= days[n - 1];
      days[n] = day;
      entries.add(e);
    }

    /**
     * Visits, oldest first, every date of the entries and every day from the start of the heatmap's first
     * period to today, each once with its entries (possibly none).
     */
    HabitStatus status(int length, LocalDate logStart) {
      if (!ordered) {
        sortByDate();
      }
      tally = habit.tally(logStart == null ? null : settings.weekOf(logStart));
      strength = habit.strength();
      LocalDate from = habit.strengthFrom(entries.isEmpty() ? null : entries.get(0).date(), logStart);
      strengthFrom = from == null ? Long.MAX_VALUE : from.toEpochDay();
      if (from != null) {
        strength.startOn(strengthFrom);
      }
      firstCell = today - (length - 1L);
      dense = start(Math.min(firstCell, today));
      cells = new ArrayList<>(length);
      while (visitNextDate()) {
        // one call a date, as this loop is never compiled
      }
      close(open);
      if (from != null && strengthFrom <= today) {
        strength.emptyUntil(today);
      }
      long now = period(today);
      return new HabitStatus(habit, tally.met(), tally.logged(), tally.rested(), streak.current(now), streak.best(),
          tally.progress(), cells, strength.score(), restDays, runs(now));
    }

    private HabitStatus.Runs runs(long now) {
      if (!streak.any()) {
        return HabitStatus.Runs.NONE;
      }
      return new HabitStatus.Runs(date(streak.from()), date(streak.lastMet()), date(streak.ended(now)),
          date(streak.broke()), streak.before());
    }

    /** The first day of a period, or null for none. */
    private LocalDate date(long period) {
      return period == Streak.NONE ? null : LocalDate.ofEpochDay(weekly ? weekAnchor + 7 * period : period);
    }

    /** A stable sort, which keeps the log's order within a day. */
    private void sortByDate() {
      entries.sort(Comparator.comparing(Entry::date));
      for (int i = 0; i < entries.size(); i++) {
        days[i] = entries.get(i).date().toEpochDay();
      }
    }

    /** Visits the next date, whose day there always is, and tells whether another one follows. */
    private boolean visitNextDate() {
      boolean entryFirst = next < entries.size() && (dense > today || days[next] < dense);
      long day = entryFirst ? days[next] : dense;
      int end = next;
      while (end < entries.size() && days[end] == day) {
        end++;
      }
      long period = period(day);
      if (period != open) {
        if (open != NONE) {
          close(open);
        }
        tally.reset();
        open = period;
      }
      LocalDate date = entryFirst ? entries.get(next).date() : LocalDate.ofEpochDay(day);
      int level = tally.add(date, entries.subList(next, end));
      if (day >= firstCell) {
        cells.add(new Cell(date, level));
      }
      if (tally.restedToday() && day > today - REST_WINDOW) {
        restDays++;
      }
      if (day >= strengthFrom) {
        strength.day(day, level, tally.counted(), tally.restedToday());
      }
      next = end;
      if (!entryFirst) {
        dense++;
      }
      return next < entries.size() || dense <= today;
    }

    /** Records the period's outcome; for limits, the unvisited periods since the last one were met too. */
    private void close(long period) {
      if (tally.emptyMetFrom() != null) {
        streak.add(Math.max(closed + 1, period(tally.emptyMetFrom().toEpochDay())), period - 1);
      }
      if (tally.met()) {
        streak.add(period, period);
      } else if (tally.rested()) {
        streak.rest(period);
      }
      closed = period;
    }

    /** The first day of the period of {@code day}. */
    private long start(long day) {
      return weekly ? weekAnchor + 7 * period(day) : day;
    }

    private long period(long day) {
      return weekly ? Math.floorDiv(day - weekAnchor, 7) : day;
    }
  }
}
