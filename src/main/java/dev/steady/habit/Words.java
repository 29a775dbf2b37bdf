package dev.steady.habit;

import dev.steady.failure.Failure;
import dev.steady.time.DurationText;
import dev.steady.time.TimeText;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/** How the kinds read values and say amounts, and how any message says a number of things. */
public final class Words {
  private Words() {}

  /** {@code 2}, {@code 2.5}: a number as a person writes it. */
  static String number(double value) {
    return DurationText.trim(value);
  }

  /** Minutes as a duration, {@code 0m}, {@code 1m30s}, to the nearest second. */
  static String minutes(double value) {
    return value == 0 ? "0m" : DurationText.format(Duration.ofSeconds(Math.round(value * 60)));
  }

  /** A target's amount: {@code 20 min}, {@code 2}. */
  static String amount(double value, String unit) {
    return number(value) + (unit == null ? "" : " " + unit);
  }

  /** What is still needed: minutes as a duration rounded up to the second (never too little), else a number. */
  static String needed(double value, String unit) {
    return "min".equals(unit)
        ? DurationText.format(Duration.ofSeconds((long) Math.ceil(value * 60 - 1e-6)))
        : number(value);
  }

  /** {@code 1 day}, {@code 0 days}, {@code 2 days}: a number of things with the word that fits it. */
  public static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** {@link #plural(long, String, String)} for a word whose plural adds an {@code s}. */
  public static String plural(long n, String word) {
    return plural(n, word, word + "s");
  }

  static String shown(List<String> values) {
    return values.isEmpty() ? "nothing" : "\"" + String.join(" ", values) + "\"";
  }

  static LocalTime time(String what, String text) {
    try {
      return TimeText.parse(text);
    } catch (IllegalArgumentException e) {
      throw Failure.usage(what + ": " + e.getMessage());
    }
  }

  /** A duration for a habit in minutes, else a count defaulting to 1. */
  static Amount amount(String id, String unit, List<String> values) {
    if ("min".equals(unit)) {
      if (values.size() != 1) {
        throw Failure.usage(id + ": expected one value, " + DurationText.EXPECTED + ", found " + shown(values));
      }
      return new Amount.Time(duration(id, values.get(0)));
    }
    if (values.size() > 1) {
      throw Failure.usage(id + ": expected a count such as 2 (or nothing for 1), found " + shown(values));
    }
    return new Amount.Count(values.isEmpty() ? 1 : count(id, values.get(0)));
  }

  private static Duration duration(String id, String text) {
    Duration d;
    try {
      d = DurationText.parse(text);
    } catch (IllegalArgumentException e) {
      throw Failure.usage(id + ": " + e.getMessage());
    }
    if (d.isZero() || d.getSeconds() > Amount.Time.MOST_SECONDS) {
      throw Failure.usage(id + ": expected a duration above zero and at most 24h, found \"" + text + "\"");
    }
    return d;
  }

  private static long count(String id, String text) {
    if (text.matches("\\d{1,9}") && Long.parseLong(text) > 0 && Long.parseLong(text) <= Amount.Count.MOST) {
      return Long.parseLong(text);
    }
    throw Failure.usage(id + ": expected a count from 1 to " + Amount.Count.MOST + ", found \"" + text + "\"");
  }
}
