package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Settings;
import dev.steady.time.TimeText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/** The day a log entry counts for, from {@code --date}, a clock time ({@code --at} or a night's wake) and now. */
final class LogDay {
  private LogDay() {}

  /**
   * The day for an entry of {@code habit} with {@code amount}, from what {@code --date} and {@code --at} said
   * (either may be null). A night says itself when it ended, by its wake time, so it takes no {@code --at}.
   */
  static LocalDate of(Settings settings, LocalDateTime now, String dateText, String atText, String habit, Amount amount) {
    LocalTime when = Values.time("--at", atText);
    Optional<Amount.Night> night = amount.night();
    if (night.isPresent()) {
      if (when != null) {
        throw Failure.usage("--at: " + habit + " takes no --at: its WAKE time says when the night ended");
      }
      when = night.get().wake();
    }
    return of(settings, now, dateText, when);
  }

  /**
   * Without a date, the latest {@code at} that is not in the future, under the day-start rule (so 00:40 at
   * noon is yesterday's); with one, that day, whose clock time {@code at} must have come already.
   *
   * @param dateText what {@code --date} said, or null
   * @param at the clock time the thing happened, or null for now
   */
  static LocalDate of(Settings settings, LocalDateTime now, String dateText, LocalTime at) {
    LocalDate today = settings.dayOf(now);
    if (dateText == null) {
      if (at == null) {
        return today;
      }
      LocalDateTime moment = now.toLocalDate().atTime(at);
      return settings.dayOf(moment.isAfter(now) ? moment.minusDays(1) : moment);
    }
    LocalDate day = Values.date("--date", dateText, today);
    if (day.isAfter(today)) {
      throw Failure.usage("--date: " + day + " is in the future (today is " + today + ")");
    }
    if (at != null) {
      // a clock time before the day's start belongs to the night after the calendar date
      LocalDateTime moment = at.isBefore(settings.dayStartsAt()) ? day.plusDays(1).atTime(at) : day.atTime(at);
      if (moment.isAfter(now)) {
        throw Failure.usage(TimeText.format(at) + " on " + day + " has not come yet");
      }
    }
    return day;
  }
}
