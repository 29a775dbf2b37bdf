package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.time.DateText;
import dev.steady.time.DurationText;
import dev.steady.time.TimeText;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;
import picocli.CommandLine.TypeConversionException;

/** Converters from what the user typed, with the message of what was expected. */
final class Values {
  /**
   * Plain decimals only: Java's own parsers also take {@code 0x1p3}, {@code 6d}, {@code 6f}, {@code NaN},
   * {@code 010} as octal (picocli reads whole numbers with {@code Integer.decode}) and digits of other scripts.
   * Nine digits either side of the point keep every value finite and every whole number within an int.
   */
  private static final Pattern DECIMAL = Pattern.compile("-?(\\d{1,9}(\\.\\d{0,9})?|\\.\\d{1,9})");
  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");

  private Values() {}

  /** Every option or parameter typed as a double, such as {@code --bpm 5.5}. */
  static Double decimal(String text) {
    if (text == null || !DECIMAL.matcher(text).matches()) {
      throw new TypeConversionException("expected a plain decimal number such as 6 or 5.5, found \"" + text + "\"");
    }
    return Double.valueOf(text);
  }

  /** Every option or parameter typed as an int or a long, such as {@code --days 28}. */
  static Integer whole(String text) {
    if (text == null || !WHOLE.matcher(text).matches()) {
      throw new TypeConversionException("expected a whole number such as 28, found \"" + text + "\"");
    }
    return Integer.valueOf(text);
  }

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
