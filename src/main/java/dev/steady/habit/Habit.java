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

  /** The kind's name in {@code config.json}: {@code daily}, {@code window}, {@code weekly-days}, … */
  String kind();

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

    @Override
    public String kind() {
      return "daily";
    }
  }

  /** A night in bed and awake, each within {@code tolerance} of the targets; counts for the wake date. */
  record Window(String id, LocalTime bed, LocalTime wake, Duration tolerance, String group) implements Habit {
    @Override
    public Period period() {
      return Period.DAY;
    }

    @Override
    public String kind() {
      return "window";
    }

    /** Whether bed and wake each lie within the tolerance (inclusive) of the targets, around midnight. */
    public boolean keeps(Amount.Night night) {
      return near(night.bed(), bed) && near(night.wake(), wake);
    }

    private boolean near(LocalTime actual, LocalTime target) {
      long day = 24 * 60 * 60;
      long apart = Math.abs(actual.toSecondOfDay() - target.toSecondOfDay());
      return Math.min(apart, day - apart) <= tolerance.toSeconds();
    }
  }

  /** At least {@code dailyMin} on at least {@code days} days of the week. */
  record WeeklyDays(String id, int days, double dailyMin, String unit, String group) implements Habit {
    @Override
    public Period period() {
      return Period.WEEK;
    }

    @Override
    public String kind() {
      return "weekly-days";
    }
  }

  /** At least {@code target} different items in the week, letter case ignored. */
  record WeeklyDistinct(String id, int target, String group) implements Habit {
    @Override
    public Period period() {
      return Period.WEEK;
    }

    @Override
    public String kind() {
      return "weekly-distinct";
    }
  }

  /** No more than {@code max} in the week (alcohol, ultra-processed food). */
  record WeeklyAtMost(String id, long max, String group) implements Habit {
    @Override
    public Period period() {
      return Period.WEEK;
    }

    @Override
    public String kind() {
      return "weekly-at-most";
    }
  }
}
