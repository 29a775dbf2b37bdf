package dev.steady.habit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The streak, rest-day and strength rules of PRODUCT.md restated as naively as possible: every day or week is
 * judged on its own by scanning the whole log, streaks are counted by stepping back a period at a time, and
 * strength follows its formula a day at a time over the whole calendar. Slow on purpose, so that it shares no
 * shortcut with {@link StreakEngine}.
 */
final class Reference {
  private final Habit habit;
  /** The habit's entries up to today, rests aside. */
  private final List<Entry> log;
  private final Set<LocalDate> rests = new HashSet<>();
  private final LocalDate logStart;
  private final Settings settings;
  private final LocalDate today;

  Reference(Habit habit, List<Entry> entries, Settings settings, LocalDate today) {
    this.habit = habit;
    List<Entry> mine = entries.stream()
        .filter(e -> e.habit().equals(habit.id()) && !e.date().isAfter(today))
        .toList();
    this.log = mine.stream().filter(e -> !(e.amount() instanceof Amount.Rest)).toList();
    mine.stream().filter(e -> e.amount() instanceof Amount.Rest).forEach(e -> rests.add(e.date()));
    this.logStart = entries.stream().map(Entry::date).filter(d -> !d.isAfter(today)).min(LocalDate::compareTo).orElse(null);
    this.settings = settings;
    this.today = today;
  }

  HabitStatus status(int days) {
    List<Cell> cells = new ArrayList<>();
    for (LocalDate d = today.minusDays(days - 1L); !d.isAfter(today); d = d.plusDays(1)) {
      cells.add(new Cell(d, level(d)));
    }
    LocalDate now = start(today);
    LocalDate first = habit instanceof Habit.WeeklyAtMost ? logStart
        : Stream.concat(log.stream().map(Entry::date), rests.stream()).min(LocalDate::compareTo).orElse(null);
    int best = 0;
    int run = 0;
    for (LocalDate p = start(first == null ? today : first); !p.isAfter(now); p = next(p)) {
      run = met(p) ? run + 1 : rested(p) ? run : 0;
      best = Math.max(best, run);
    }
    int current = 0;
    for (LocalDate p = met(now) || rested(now) ? now : previous(now); met(p) || rested(p); p = previous(p)) {
      current += met(p) ? 1 : 0;
    }
    int restDays = (int) rests.stream().filter(d -> d.isAfter(today.minusDays(30))).count();
    return new HabitStatus(habit, met(now), !on(now, end(now)).isEmpty(), rested(now), current, best,
        progress(now), cells, strength(), restDays, HabitStatus.Runs.NONE);
  }

  /**
   * The formula of PRODUCT.md, a day at a time from the habit's first entry (a limit: the log's first entry)
   * through today: {@code s = s·m + v·(1 − m)}, a rested day left out.
   */
  double strength() {
    LocalDate from = habit instanceof Habit.WeeklyAtMost ? logStart
        : log.stream().map(Entry::date).min(LocalDate::compareTo).orElse(null);
    if (from == null) {
      return 0;
    }
    double m = Math.pow(0.5, Math.sqrt(share()) / 13);
    double s = 0;
    for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
      if (!rests.contains(d)) {
        s = s * m + value(d) * (1 - m);
      }
    }
    return s;
  }

  /** {@code f}: the habit's share of days, as the README gives it for each kind. */
  private double share() {
    if (habit instanceof Habit.WeeklyDays h) {
      return h.days() / 7.0;
    }
    return habit.period() == Habit.Period.DAY ? 1 : 1 / 7.0;
  }

  /** {@code v} on day {@code d}, as the README gives it for each kind. */
  private double value(LocalDate d) {
    if (habit instanceof Habit.WeeklyDays h) {
      return Math.min(1, daysReached(h, d.minusDays(6), d) / (double) h.days());
    }
    if (habit instanceof Habit.WeeklyDistinct h) {
      return Math.min(1, items(on(d.minusDays(6), d)).size() / (double) h.target());
    }
    if (habit instanceof Habit.WeeklyAtMost h) {
      return seconds(on(d.minusDays(6), d), null) <= h.max() ? 1 : 0;
    }
    return metThrough(d, d) ? 1 : 0;
  }

  /** Days rested in the period starting on {@code p}, up to {@code last}. */
  private int restedIn(LocalDate p, LocalDate last) {
    return (int) rests.stream().filter(d -> !d.isBefore(p) && !d.isAfter(last)).count();
  }

  /** A week's target lowered pro rata to the days rested in it so far, rounded down. */
  private long lowered(long target, LocalDate p, LocalDate last) {
    return (long) Math.floor(target * (7 - restedIn(p, last)) / 7.0);
  }

  /** Whether the period starting on {@code p} counts as rested: neither met nor missed. */
  private boolean rested(LocalDate p) {
    if (habit instanceof Habit.WeeklyAtMost) {
      return false;
    }
    if (!week()) {
      return rests.contains(p) && !met(p);
    }
    long target = habit instanceof Habit.WeeklyDays h ? h.days() : ((Habit.WeeklyDistinct) habit).target();
    return lowered(target, p, end(p)) == 0;
  }

  private boolean week() {
    return habit.period() == Habit.Period.WEEK;
  }

  private LocalDate start(LocalDate d) {
    LocalDate s = d;
    while (week() && s.getDayOfWeek() != settings.weekStartsOn()) {
      s = s.minusDays(1);
    }
    return s;
  }

  private LocalDate end(LocalDate periodStart) {
    LocalDate last = week() ? periodStart.plusDays(6) : periodStart;
    return last.isAfter(today) ? today : last;
  }

  private LocalDate next(LocalDate p) {
    return p.plusDays(week() ? 7 : 1);
  }

  private LocalDate previous(LocalDate p) {
    return p.minusDays(week() ? 7 : 1);
  }

  private List<Entry> on(LocalDate from, LocalDate to) {
    return log.stream().filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to)).toList();
  }

  /** Whether the period starting on {@code p} is met, judged on its days so far. */
  private boolean met(LocalDate p) {
    return metThrough(p, end(p));
  }

  private boolean metThrough(LocalDate p, LocalDate last) {
    List<Entry> entries = on(p, last);
    if (habit instanceof Habit.Daily h) {
      return seconds(entries, h.unit()) >= target(h.min(), h.unit());
    }
    if (habit instanceof Habit.Window h) {
      return entries.stream().anyMatch(e -> e.amount() instanceof Amount.Night n && fits(h, n));
    }
    if (habit instanceof Habit.WeeklyDays h) {
      long target = lowered(h.days(), p, last);
      return target > 0 && daysReached(h, p, last) >= target;
    }
    if (habit instanceof Habit.WeeklyDistinct h) {
      long target = lowered(h.target(), p, last);
      return target > 0 && items(entries).size() >= target;
    }
    Habit.WeeklyAtMost h = (Habit.WeeklyAtMost) habit;
    return kept(p) && seconds(entries, null) <= h.max();
  }

  /** Whether a limit is kept in the week starting on {@code weekStart}: from the week of the log's first entry. */
  private boolean kept(LocalDate weekStart) {
    return logStart != null && !logStart.isAfter(weekStart.plusDays(6));
  }

  private int daysReached(Habit.WeeklyDays h, LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      List<Entry> day = on(d, d);
      if (!day.isEmpty() && seconds(day, h.unit()) >= target(h.dailyMin(), h.unit())) {
        n++;
      }
    }
    return n;
  }

  private int level(LocalDate d) {
    boolean any = !on(d, d).isEmpty();
    if (habit instanceof Habit.WeeklyAtMost) {
      boolean within = metThrough(start(d), d);
      int level = !kept(start(d)) ? Cell.NONE
          : any ? (within ? Cell.SOME : Cell.OVER)
          : within ? Cell.MET : Cell.NONE;
      return rests.contains(d) && level != Cell.MET ? Cell.RESTED : level;
    }
    boolean met =
        any && (habit instanceof Habit.WeeklyDays h ? daysReached(h, d, d) == 1 : metThrough(start(d), d));
    return met ? Cell.MET : rests.contains(d) ? Cell.RESTED : any ? Cell.SOME : Cell.NONE;
  }

  private Progress progress(LocalDate p) {
    List<Entry> entries = on(p, end(p));
    if (habit instanceof Habit.Daily h) {
      return new Progress(value(entries, h.unit()), h.min(), h.unit());
    }
    if (habit instanceof Habit.Window) {
      return new Progress(met(p) ? 1 : 0, 1, "nights");
    }
    if (habit instanceof Habit.WeeklyDays h) {
      return new Progress(daysReached(h, p, end(p)), lowered(h.days(), p, end(p)), "days");
    }
    if (habit instanceof Habit.WeeklyDistinct h) {
      return new Progress(items(entries).size(), lowered(h.target(), p, end(p)), "items");
    }
    return new Progress(value(entries, null), ((Habit.WeeklyAtMost) habit).max(), null);
  }

  /** In minutes habits, the seconds of time and of breathing; in counted habits, the count. */
  private static double seconds(List<Entry> entries, String unit) {
    double total = 0;
    for (Entry e : entries) {
      Amount a = e.amount();
      if ("min".equals(unit)) {
        total += a instanceof Amount.Time t ? t.length().toSeconds()
            : a instanceof Amount.Session s ? s.seconds() : 0;
      } else {
        total += a instanceof Amount.Count c ? c.count()
            : a instanceof Amount.Items i ? i.items().size() : 1;
      }
    }
    return total;
  }

  private static double target(double target, String unit) {
    return "min".equals(unit) ? target * 60 : target;
  }

  private static double value(List<Entry> entries, String unit) {
    return "min".equals(unit) ? seconds(entries, unit) / 60 : seconds(entries, unit);
  }

  private static Set<String> items(List<Entry> entries) {
    Set<String> items = new HashSet<>();
    for (Entry e : entries) {
      if (e.amount() instanceof Amount.Items i) {
        i.items().forEach(item -> items.add(item.toLowerCase(Locale.ROOT)));
      }
    }
    return items;
  }

  private static boolean fits(Habit.Window h, Amount.Night n) {
    return near(n.bed(), h.bed(), h) && near(n.wake(), h.wake(), h);
  }

  /** Tries the actual time on the day before, the same day and the day after the target. */
  private static boolean near(LocalTime actual, LocalTime target, Habit.Window h) {
    long tolerance = h.tolerance().toSeconds();
    for (int shift = -1; shift <= 1; shift++) {
      long apart = actual.toSecondOfDay() + shift * 86_400L - target.toSecondOfDay();
      if (Math.abs(apart) <= tolerance) {
        return true;
      }
    }
    return false;
  }
}
