package dev.steady.cli;

import dev.steady.habit.Habit;
import dev.steady.time.DurationText;
import dev.steady.time.TimeText;

/** A habit's target in words, as {@code steady config} lists them. */
final class HabitText {
  private HabitText() {}

  static String target(Habit h) {
    if (h instanceof Habit.Daily d) {
      return "at least " + amount(d.min(), d.unit()) + " a day";
    }
    if (h instanceof Habit.Window w) {
      return "in bed at " + TimeText.format(w.bed()) + " and up at " + TimeText.format(w.wake()) + ", each within "
          + DurationText.format(w.tolerance());
    }
    if (h instanceof Habit.WeeklyDays w) {
      String each = w.dailyMin() == 1 && w.unit() == null ? "" : "at least " + amount(w.dailyMin(), w.unit()) + " ";
      return each + "on " + w.days() + " days a week";
    }
    if (h instanceof Habit.WeeklyDistinct d) {
      return d.target() + " different items a week";
    }
    return "at most " + ((Habit.WeeklyAtMost) h).max() + " a week";
  }

  private static String amount(double value, String unit) {
    return DurationText.trim(value) + (unit == null ? "" : " " + unit);
  }
}
