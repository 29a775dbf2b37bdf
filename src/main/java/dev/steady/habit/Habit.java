package dev.steady.habit;

import dev.steady.failure.Failure;
import dev.steady.time.DurationText;
import dev.steady.time.TimeText;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A habit the user keeps, by kind. {@code unit} is {@code "min"} for habits measured in time and null for
 * those that count; {@code group} only gathers habits for display (the diet steps).
 *
 * <p>Each kind carries its own rules: how its entries add up ({@link #tally}), its strength ({@link
 * #strength}), how {@code log} reads its value ({@link #amount}), and how its target, progress and what is
 * still due read in words. So a new kind is one record here, and the compiler names every rule it needs.
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

  /** A new tally of one period; {@code logStart} is the day of the log's first entry, or null. */
  Tally tally(LocalDate logStart);

  /** A new strength, fed a day at a time from {@link #strengthFrom}. */
  Strength strength();

  /** The day strength starts counting from: the habit's first entry, or null when it has none. */
  default LocalDate strengthFrom(LocalDate firstEntry, LocalDate logStart) {
    return firstEntry;
  }

  /** What {@code log HABIT VALUE…} records: a usage failure when the values do not fit the kind. */
  Amount amount(List<String> values);

  /** The target in words, as {@code config} lists it: {@code at least 20 min on 5 days a week}. */
  String targetText();

  /** The progress in words, as {@code streaks} shows it: {@code 3m of 2m today}. */
  default String progress(Progress p) {
    String unit = p.unit() == null ? "" : " " + (p.target() == 1 && p.unit().endsWith("s") ? p.unit().substring(0, p.unit().length() - 1) : p.unit());
    return Words.number(p.value()) + " of " + Words.number(p.target()) + unit + period().now();
  }

  /** What the period still needs, in words without the id, or null when nothing is due. */
  String due(HabitStatus s, int daysLeft);

  /** Writes the kind's own fields of its {@code config.json} object, after {@code id} and {@code kind}. */
  void write(Fields out);

  private static void optional(Fields out, String name, String value) {
    if (value != null) {
      out.text(name, value);
    }
  }

  /** The night a habit that keeps one aims at, its bed and wake targets: the habit logged first thing. */
  default Optional<Amount.Night> targetNight() {
    return Optional.empty();
  }

  /** Whether logging today can still move the period forward and the period can still be met. */
  default boolean todayHelps(HabitStatus s, int daysLeft) {
    return true;
  }

  /** Whether the habit takes rest days ({@code skip}); a limit needs none. */
  default boolean rests() {
    return !limit();
  }

  /**
   * Whether a day's heatmap cell shows the habit kept that day (the seven-day programme's focus): met; for
   * distinct items, any logged, since one day's items rarely meet a week's target.
   */
  default boolean keptOn(Cell cell) {
    return cell.level() == Cell.MET;
  }

  /** Whether the habit is a limit, which {@code log} speaks up about when it is passed. */
  default boolean limit() {
    return false;
  }

  enum Period {
    DAY,
    WEEK;

    public String word() {
      return this == DAY ? "day" : "week";
    }

    /** {@code " today"} or {@code " this week"}. */
    String now() {
      return this == DAY ? " today" : " this week";
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

    @Override
    public Tally tally(LocalDate logStart) {
      return new Tally.Daily(this);
    }

    @Override
    public Strength strength() {
      return Strength.ofDays(1);
    }

    @Override
    public Amount amount(List<String> values) {
      return Words.amount(id, unit, values);
    }

    @Override
    public String targetText() {
      return "at least " + Words.amount(min, unit) + " a day";
    }

    @Override
    public String progress(Progress p) {
      return "min".equals(unit)
          ? Words.minutes(p.value()) + " of " + Words.minutes(p.target()) + " today"
          : Habit.super.progress(p);
    }

    @Override
    public String due(HabitStatus s, int daysLeft) {
      return s.met() || s.rested() ? null : Words.needed(min - s.progress().value(), unit) + " more today";
    }

    @Override
    public void write(Fields out) {
      out.decimal("min", min);
      Habit.optional(out, "unit", unit);
    }
  }

  /**
   * A night in bed and awake, each within {@code tolerance} of the targets; counts for the wake date. With two
   * or more nights on one date (a nap, a broken night) the day is met when any of them keeps the window, so a
   * nap never spoils a good night; a wrongly logged night is corrected with {@code edit}.
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

    @Override
    public Tally tally(LocalDate logStart) {
      return new Tally.Window(this);
    }

    @Override
    public Strength strength() {
      return Strength.ofDays(1);
    }

    @Override
    public Amount amount(List<String> values) {
      if (values.size() != 2) {
        throw Failure.usage(id + ": expected BED WAKE, such as 23:10 06:55, found " + Words.shown(values));
      }
      return new Amount.Night(Words.time(id + ": BED", values.get(0)), Words.time(id + ": WAKE", values.get(1)));
    }

    @Override
    public String targetText() {
      return "in bed at " + TimeText.format(bed) + " and up at " + TimeText.format(wake) + ", each within "
          + DurationText.format(tolerance);
    }

    /** Due while the night that ended today is not logged: a logged night that missed is past helping. */
    @Override
    public String due(HabitStatus s, int daysLeft) {
      return s.logged() || s.rested() ? null : "log last night's sleep";
    }

    @Override
    public void write(Fields out) {
      out.text("bed", TimeText.format(bed));
      out.text("wake", TimeText.format(wake));
      out.text("tolerance", DurationText.format(tolerance));
    }

    @Override
    public Optional<Amount.Night> targetNight() {
      return Optional.of(new Amount.Night(bed, wake));
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

    @Override
    public Tally tally(LocalDate logStart) {
      return new Tally.WeeklyDays(this);
    }

    @Override
    public Strength strength() {
      return Strength.ofWeekDays(days);
    }

    @Override
    public Amount amount(List<String> values) {
      return Words.amount(id, unit, values);
    }

    @Override
    public String targetText() {
      String each = dailyMin == 1 && unit == null ? "" : "at least " + Words.amount(dailyMin, unit) + " ";
      return each + "on " + Words.plural(days, "day") + " a week";
    }

    /**
     * Days still needed; when fewer days are left than that, says the week is out of reach and that a day
     * logged still keeps the habit's strength up.
     */
    @Override
    public String due(HabitStatus s, int daysLeft) {
      if (s.met() || s.rested()) {
        return null;
      }
      long missing = (long) (s.progress().target() - s.progress().value());
      boolean todayDone = !s.cells().isEmpty() && s.cells().get(s.cells().size() - 1).level() == Cell.MET;
      int open = todayDone ? daysLeft - 1 : daysLeft;
      String day = dailyMin == 1 && unit == null ? "a day" : Words.needed(dailyMin, unit);
      String each = dailyMin == 1 && unit == null ? "" : " of " + Words.needed(dailyMin, unit);
      if (missing > open) {
        return "out of reach this week (" + Words.plural(missing, "more day") + each + " needed, "
            + Words.plural(open, "day") + " left): " + day + (todayDone ? " tomorrow" : " today")
            + " still keeps its strength up";
      }
      return Words.plural(missing, "more day") + each + " this week (" + Words.plural(daysLeft, "day") + " left)";
    }

    /** Not when today is met already (one day counts once), nor when the days left cannot make the week. */
    @Override
    public boolean todayHelps(HabitStatus s, int daysLeft) {
      boolean todayDone = s.cells().get(s.cells().size() - 1).level() == Cell.MET;
      return !todayDone && s.progress().target() - s.progress().value() <= daysLeft;
    }

    @Override
    public void write(Fields out) {
      out.whole("days", days);
      out.decimal("dailyMin", dailyMin);
      Habit.optional(out, "unit", unit);
    }
  }

  /** At least {@code target} different items in the week, letter case ignored. */
  record WeeklyDistinct(String id, int target, String group) implements Habit {
    @Override
    public boolean keptOn(Cell cell) {
      return cell.level() == Cell.SOME || cell.level() == Cell.MET;
    }

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

    @Override
    public Tally tally(LocalDate logStart) {
      return new Tally.WeeklyDistinct(this);
    }

    @Override
    public Strength strength() {
      return Strength.ofWeekItems(target);
    }

    @Override
    public Amount amount(List<String> values) {
      List<String> items =
          values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
      if (items.isEmpty()) {
        throw Failure.usage(id + ": expected at least one item, such as: " + id + " kale lentils oats");
      }
      return new Amount.Items(items);
    }

    @Override
    public String targetText() {
      return Words.plural(target, "different item") + " a week";
    }

    @Override
    public String due(HabitStatus s, int daysLeft) {
      if (s.met() || s.rested()) {
        return null;
      }
      long missing = (long) (s.progress().target() - s.progress().value());
      String items = Words.plural(missing, "more item", "more different items");
      return items + " this week (" + Words.plural(daysLeft, "day") + " left)";
    }

    @Override
    public void write(Fields out) {
      out.whole("target", target);
    }
  }

  /** No more than {@code max} in the week (alcohol, ultra-processed food); never due, and never rests. */
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

    /** A limit is kept from the week of the log's first entry of any habit, logged or not. */
    @Override
    public Tally tally(LocalDate logStart) {
      return new Tally.WeeklyAtMost(this, logStart);
    }

    @Override
    public Strength strength() {
      return Strength.ofLimit(max);
    }

    @Override
    public LocalDate strengthFrom(LocalDate firstEntry, LocalDate logStart) {
      return logStart;
    }

    @Override
    public Amount amount(List<String> values) {
      return Words.amount(id, null, values);
    }

    @Override
    public String targetText() {
      return "at most " + max + " a week";
    }

    @Override
    public String progress(Progress p) {
      return Words.number(p.value()) + " of at most " + Words.number(p.target()) + " this week";
    }

    @Override
    public String due(HabitStatus s, int daysLeft) {
      return null;
    }

    @Override
    public void write(Fields out) {
      out.whole("max", max);
    }

    @Override
    public boolean limit() {
      return true;
    }
  }
}
