package dev.steady.habit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * The settings in effect: when a day begins, which day a week begins on, the habits, and how many days each
 * habit may rest in any {@value RestDays#WINDOW}.
 */
public record Settings(LocalTime dayStartsAt, DayOfWeek weekStartsOn, List<Habit> habits, int restDays) {
  public static final int REST_DAYS = 4;

  public Settings {
    habits = List.copyOf(habits);
  }

  /** Settings with the default rest-day budget. */
  public Settings(LocalTime dayStartsAt, DayOfWeek weekStartsOn, List<Habit> habits) {
    this(dayStartsAt, weekStartsOn, habits, REST_DAYS);
  }

  public static final List<Habit> DEFAULT_HABITS =
      List.of(
          new Habit.Daily("breathe", 2, "min", null),
          new Habit.Window("sleep", LocalTime.of(23, 0), LocalTime.of(7, 0), Duration.ofMinutes(30), null),
          new Habit.WeeklyDays("move", 5, 20, "min", null),
          new Habit.WeeklyDistinct("plants", 30, "diet"),
          new Habit.Daily("fermented", 1, null, "diet"),
          new Habit.WeeklyDays("omega3", 2, 1, null, "diet"));

  public static Settings defaults() {
    return new Settings(LocalTime.of(4, 0), DayOfWeek.MONDAY, DEFAULT_HABITS);
  }

  /** The day a moment counts for: before the day's start hour it still belongs to the day before. */
  public LocalDate dayOf(LocalDateTime moment) {
    LocalDate date = moment.toLocalDate();
    return moment.toLocalTime().isBefore(dayStartsAt) ? date.minusDays(1) : date;
  }

  /** The first day of the week that {@code date} falls in. */
  public LocalDate weekOf(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(weekStartsOn));
  }

  public Optional<Habit> habit(String id) {
    return habits.stream().filter(h -> h.id().equals(id)).findFirst();
  }
}
