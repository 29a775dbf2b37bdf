package dev.steady.habit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The streak rules of PRODUCT.md restated as naively as possible: every day or week is judged on its own by
 * scanning the whole log, and streaks are counted by stepping back a period at a time. Slow on purpose, so
 * that it shares no shortcut with {@link StreakEngine}.
 */
final class Reference {
  private final Habit habit;
  private final List<Entry> log;
  private final Settings settings;
  private final LocalDate today;

  Reference(Habit habit, List<Entry> entries, Settings settings, LocalDate today) {
    this.habit = habit;
    this.log = entries.stream()
        .filter(e -> e.habit().equals(habit.id()) && !e.date().isAfter(today))
        .toList();
    this.settings = settings;
    this.today = today;
  }

  HabitStatus status(int days) {
    List<Cell> cells = new ArrayList<>();
    for (LocalDate d = today.minusDays(days - 1L); !d.isAfter(today); d = d.plusDays(1)) {
      cells.add(new Cell(d, level(d)));
    }
    LocalDate now = start(today);
    LocalDate first = log.stream().map(Entry::date).min(LocalDate::compareTo).orElse(today);
    int best = 0;
    int run = 0;
    for (LocalDate p = start(first); !p.isAfter(now); p = next(p)) {
      run = met(p) ? run + 1 : 0;
      best = Math.max(best, run);
    }
    int current = 0;
    for (LocalDate p = met(now) ? now : previous(now); met(p); p = previous(p)) {
      current++;
    }
    return new HabitStatus(habit, met(now), !on(now, end(now)).isEmpty(), current, best, progress(now), cells);
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
      return daysReached(h, p, last) >= h.days();
    }
    if (habit instanceof Habit.WeeklyDistinct h) {
      return items(entries).size() >= h.target();
    }
    Habit.WeeklyAtMost h = (Habit.WeeklyAtMost) habit;
    return kept(p) && seconds(entries, null) <= h.max();
  }

  private boolean kept(LocalDate weekStart) {
    return log.stream().anyMatch(e -> !e.date().isAfter(weekStart.plusDays(6)));
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
      return !kept(start(d)) ? Cell.NONE : metThrough(start(d), d) ? Cell.MET : Cell.SOME;
    }
    if (!any) {
      return Cell.NONE;
    }
    boolean met =
        habit instanceof Habit.WeeklyDays h ? daysReached(h, d, d) == 1 : metThrough(start(d), d);
    return met ? Cell.MET : Cell.SOME;
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
      return new Progress(daysReached(h, p, end(p)), h.days(), "days");
    }
    if (habit instanceof Habit.WeeklyDistinct h) {
      return new Progress(items(entries).size(), h.target(), "items");
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
