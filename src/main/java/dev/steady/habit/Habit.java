package dev.steady.habit;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A habit the user keeps, by kind. {@code unit} is {@code "min"} for habits measured in time and null for
 * those that count; {@code group} only gathers habits for display (the diet steps).
 */
public sealed interface Habit {
  String id();

  String group();

  Period period();

  enum Period {
    DAY,
    WEEK;

    public String word() {
      return this == DAY ? "day" : "week";
    }
  }

  /** At least {@code min} (minutes, or a count) in a day. */
  record Daily(String id, double min, String unit, String group) implements Habit {
    @Override
    public Period period() {
      return Period.DAY;
    }
  }

  /** A night in bed and awake, each within {@code tolerance} of the targets; counts for the wake date. */
  record Window(String id, LocalTime bed, LocalTime wake, Duration tolerance, String group) implements Habit {
    @Override
    public Period period() {
      return Period.DAY;
    }
  }

  /** At least {@code dailyMin} on at least {@code days} days of the week. */
  record WeeklyDays(String id, int days, double dailyMin, String unit, String group) implements Habit {
    @Override
    public Period period() {
      return Period.WEEK;
    }
  }

  /** At least {@code target} different items in the week, letter case ignored. */
  record WeeklyDistinct(String id, int target, String group) implements Habit {
    @Override
    public Period period() {
      return Period.WEEK;
    }
  }

  /** No more than {@code max} in the week (alcohol, ultra-processed food). */
  record WeeklyAtMost(String id, long max, String group) implements Habit {
    @Override
    public Period period() {
      return Period.WEEK;
    }
  }
}
