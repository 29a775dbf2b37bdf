package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Habit;
import dev.steady.time.DurationText;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code log HABIT VALUE…} records, by the habit's kind: a duration for habits measured in minutes, a
 * night (BED WAKE) for a window, items for a weekly-distinct habit, and a count (default 1) for the rest.
 */
final class LogValues {
  private LogValues() {}

  static Amount parse(Habit habit, List<String> values) {
    String id = habit.id();
    if (habit instanceof Habit.Window) {
      if (values.size() != 2) {
        throw Failure.usage(id + ": expected BED WAKE, such as 23:10 06:55, found " + shown(values));
      }
      return new Amount.Night(Values.time(id + ": BED", values.get(0)), Values.time(id + ": WAKE", values.get(1)));
    }
    if (habit instanceof Habit.WeeklyDistinct) {
      List<String> items =
          values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
      if (items.isEmpty()) {
        throw Failure.usage(id + ": expected at least one item, such as: " + id + " kale lentils oats");
      }
      return new Amount.Items(items);
    }
    if (inMinutes(habit)) {
      if (values.size() != 1) {
        throw Failure.usage(id + ": expected one value, " + DurationText.EXPECTED + ", found " + shown(values));
      }
      return new Amount.Time(duration(id, values.get(0)));
    }
    if (values.size() > 1) {
      throw Failure.usage(id + ": expected a count such as 2 (or nothing for 1), found " + shown(values));
    }
    return new Amount.Count(values.isEmpty() ? 1 : count(id, values.get(0)));
  }

  private static boolean inMinutes(Habit habit) {
    String unit =
        habit instanceof Habit.Daily d ? d.unit() : habit instanceof Habit.WeeklyDays w ? w.unit() : null;
    return "min".equals(unit);
  }

  private static String shown(List<String> values) {
    return values.isEmpty() ? "nothing" : "\"" + String.join(" ", values) + "\"";
  }


  private static Duration duration(String id, String text) {
    Duration d;
    try {
      d = DurationText.parse(text);
    } catch (IllegalArgumentException e) {
      throw Failure.usage(id + ": " + e.getMessage());
    }
    if (d.isZero()) {
      throw Failure.usage(id + ": expected a duration above zero, found \"" + text + "\"");
    }
    return d;
  }

  private static long count(String id, String text) {
    if (text.matches("\\d{1,9}") && Long.parseLong(text) > 0) {
      return Long.parseLong(text);
    }
    throw Failure.usage(id + ": expected a count of 1 or more, found \"" + text + "\"");
  }
}
