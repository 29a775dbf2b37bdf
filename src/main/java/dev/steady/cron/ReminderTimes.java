package dev.steady.cron;

import dev.steady.habit.Amount;
import dev.steady.habit.Habit;
import dev.steady.habit.Nudge;
import dev.steady.habit.Settings;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When the day's reminders go off, drawn from the sleep targets (the first {@code window} habit, else the
 * default 23:00 and 07:00): a morning one half an hour after the wake target, nudges every three hours through
 * the day while at least an hour is left before the wind-down, and a wind-down one when the hour before the bed
 * target begins ({@link Nudge#WIND_DOWN}). Times are clock times that may wrap past midnight (a late sleeper's
 * bed target at 01:00 winds down at midnight).
 */
public record ReminderTimes(LocalTime wake, LocalTime bed, LocalTime morning, List<LocalTime> day, LocalTime windDown) {
  static final Duration AFTER_WAKE = Duration.ofMinutes(30);
  static final Duration NUDGE_EVERY = Duration.ofHours(3);
  static final Duration QUIET_BEFORE_WIND_DOWN = Duration.ofHours(1);

  public ReminderTimes {
    day = List.copyOf(day);
  }

  public static ReminderTimes of(Settings settings) {
    Amount.Night sleep = firstNight(settings.habits()).orElseGet(() -> firstNight(Settings.DEFAULT_HABITS).orElseThrow());
    LocalTime morning = sleep.wake().plus(AFTER_WAKE);
    LocalTime windDown = sleep.bed().minus(Nudge.WIND_DOWN);
    long awake = minutesFrom(morning, windDown);
    List<LocalTime> day = new ArrayList<>();
    for (long at = NUDGE_EVERY.toMinutes(); at <= awake - QUIET_BEFORE_WIND_DOWN.toMinutes(); at += NUDGE_EVERY.toMinutes()) {
      day.add(morning.plusMinutes(at));
    }
    return new ReminderTimes(sleep.wake(), sleep.bed(), morning, day, windDown);
  }

  /** Every time of the day, from the morning to the wind-down. */
  public List<LocalTime> all() {
    List<LocalTime> all = new ArrayList<>(List.of(morning));
    all.addAll(day);
    all.add(windDown);
    return all;
  }

  private static Optional<Amount.Night> firstNight(List<Habit> habits) {
    return habits.stream().flatMap(h -> h.targetNight().stream()).findFirst();
  }

  /** Minutes forward from one clock time to the next occurrence of another (0 to 1439). */
  private static long minutesFrom(LocalTime from, LocalTime to) {
    return Math.floorMod(Duration.between(from, to).toMinutes(), 24 * 60);
  }
}
