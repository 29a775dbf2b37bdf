package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.time.DateText;
import dev.steady.time.DurationText;
import dev.steady.time.TimeText;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import picocli.CommandLine.TypeConversionException;

/** Converters from what the user typed, with the message of what was expected. */
final class Values {
  private Values() {}

  static Duration duration(String text) {
    try {
      return DurationText.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** A date option's value; {@code today} and {@code yesterday} are read against {@code today}. */
  static LocalDate date(String option, String text, LocalDate today) {
    try {
      return DateText.parse(text, today);
    } catch (IllegalArgumentException e) {
      throw Failure.usage(option + ": " + e.getMessage());
    }
  }

  /** A time option's value, or null when the option was not given. */
  static LocalTime time(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      return TimeText.parse(text);
    } catch (IllegalArgumentException e) {
      throw Failure.usage(option + ": " + e.getMessage());
    }
  }
}
