package dev.steady.cli;

import dev.steady.time.DurationText;
import java.time.Duration;
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
}
