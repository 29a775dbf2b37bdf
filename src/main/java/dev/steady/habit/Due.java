package dev.steady.habit;

import dev.steady.time.DurationText;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is still to do in the current day or week: one item per habit not yet met, in the settings' order.
 * Sleep is due while the night that ended today is not logged (a logged night that missed the window is past
 * helping); a weekly limit is never due.
 */
public final class Due {
  private Due() {}

  /** One thing still to do; {@code message} is short and does not repeat the id. */
  public record Item(String id, String message, Progress progress) {}

  /** @param today the day that counts now ({@link Settings#dayOf}) */
  public static List<Item> of(List<Entry> entries, Settings settings, LocalDate today) {
    return from(StreakEngine.statuses(entries, settings, today, 1), settings, today);
  }

  static List<Item> from(List<HabitStatus> statuses, Settings settings, LocalDate today) {
    int daysLeft = daysLeft(settings, today);
    List<Item> due = new ArrayList<>();
    for (HabitStatus s : statuses) {
      Habit habit = s.habit();
      boolean open = habit instanceof Habit.Window ? !s.logged() : !s.met();
      if (open && !(habit instanceof Habit.WeeklyAtMost)) {
        due.add(new Item(habit.id(), message(habit, s.progress(), daysLeft), s.progress()));
      }
    }
    return due;
  }

  /** Days of the week from today to its end, today included. */
  static int daysLeft(Settings settings, LocalDate today) {
    return 7 - (int) (today.toEpochDay() - settings.weekOf(today).toEpochDay());
  }

  private static String message(Habit habit, Progress p, int daysLeft) {
    double missing = p.target() - p.value();
    String week = " this week (" + plural(daysLeft, "day") + " left)";
    if (habit instanceof Habit.Daily d) {
      return amount(missing, d.unit()) + " more today";
    }
    if (habit instanceof Habit.Window) {
      return "log last night's sleep";
    }
    if (habit instanceof Habit.WeeklyDays w) {
      String each = w.dailyMin() == 1 && w.unit() == null ? "" : " of " + amount(w.dailyMin(), w.unit());
      return plural((long) missing, "more day") + each + week;
    }
    return (long) missing + " more different items" + week;
  }

  /** Minutes as a duration ({@code 1m30s}), rounded up to the second so that it is never too little. */
  private static String amount(double value, String unit) {
    return "min".equals(unit)
        ? DurationText.format(Duration.ofSeconds((long) Math.ceil(value * 60 - 1e-6)))
        : DurationText.trim(value);
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
