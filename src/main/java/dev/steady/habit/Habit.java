package dev.steady.habit;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

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

  /**
   * What records a day another tracker marked done, with its {@code measure} (minutes or a count) when it kept
   * one, else null: enough to meet the day. Empty where the kind needs more than a mark (items, a night).
   */
  Optional<Amount> markedDone(Double measure);

  private static Optional<Amount> measured(String unit, double least, Double measure) {
    if (!"min".equals(unit)) {
      return counted(measure);
    }
    double minutes = measure != null ? measure : least;
    return Optional.of(new Amount.Time(Duration.ofSeconds(Math.round(minutes * 60))));
  }

  private static Optional<Amount> counted(Double measure) {
    return Optional.of(new Amount.Count(measure == null ? 1 : Math.max(1, Math.round(measure))));
  }

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

    @Override
    public Optional<Amount> markedDone(Double measure) {
      return Habit.measured(unit, min, measure);
    }
  }

  /**
   * A night in bed and awake, each within {@code tolerance} of the targets; counts for the wake date. With two
   * or more nights on one date (a nap, a broken night) the day is met when any of them keeps the window, so a
   * nap never spoils a good night; a wrongly logged night is taken back with {@code undo}.
   */
  record Window(String id, LocalTime bed, LocalTime wake, Duration tolerance, String group) implements Habit {
    @Override
    public Period period() {
      return Period.DAY;
    }

    @Override
    public String kind() {
      return "window";
    }

    @Override
    public Optional<Amount> markedDone(Double measure) {
      return Optional.empty();
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

    @Override
    public Optional<Amount> markedDone(Double measure) {
      return Habit.measured(unit, dailyMin, measure);
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

    @Override
    public Optional<Amount> markedDone(Double measure) {
      return Optional.empty();
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

    @Override
    public Optional<Amount> markedDone(Double measure) {
      return Habit.counted(measure);
    }
  }
}
