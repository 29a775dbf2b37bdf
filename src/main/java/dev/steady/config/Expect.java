package dev.steady.config;

import dev.steady.habit.Amount;
import dev.steady.json.JsonOut;
import dev.steady.json.Node;
import dev.steady.time.DurationText;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Pattern;

/** The values {@code config.json} holds, each checked with a message that says what was expected. */
final class Expect {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern HH_MM = Pattern.compile("\\d\\d:\\d\\d");
  private static final Duration MOST_TOLERANCE = Duration.ofHours(12);
  static final int MOST_MINUTES = 24 * 60;

  private Expect() {}

  /** An id or group name, as typed on the command line: {@code move}, {@code cold-shower}. */
  static String name(Node n) {
    return n.as(
        text -> {
          if (!NAME.matcher(text).matches()) {
            throw new IllegalArgumentException(text);
          }
          return text;
        },
        "lower-case letters, digits and dashes, starting with a letter");
  }

  /** A breathing rate as a session takes it: 2 to 20 breaths a minute. */
  static double bpm(Node n) {
    double v = n.number();
    if (!(v >= 2 && v <= 20)) {
      throw n.invalid("expected a rate between 2 and 20 breaths a minute, found " + JsonOut.plain(v));
    }
    return v;
  }

  static LocalTime time(Node n) {
    return n.as(
        text -> {
          if (!HH_MM.matcher(text).matches()) {
            throw new IllegalArgumentException(text);
          }
          return LocalTime.parse(text);
        },
        "a time HH:MM");
  }

  static DayOfWeek dayOfWeek(Node n) {
    return n.as(text -> DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT)), "a day of the week such as MONDAY");
  }

  /** A tolerance of up to 12 hours, beyond which every time of day would fit. */
  static Duration tolerance(Node n) {
    Duration d = n.as(DurationText::parse, DurationText.EXPECTED);
    if (d.compareTo(MOST_TOLERANCE) > 0) {
      throw n.invalid("expected a tolerance from 0m to 12h, found \"" + n.text() + "\"");
    }
    return d;
  }

  static String unit(Node n) {
    String unit = n.text();
    if (!unit.equals("min")) {
      throw n.invalid("expected \"min\" (or no unit, for a count), found \"" + unit + "\"");
    }
    return unit;
  }

  /**
   * A least amount for a day: minutes above 0 and at most a day's {@value #MOST_MINUTES}, or a count above 0
   * and at most {@link Amount.Count#MOST}, the most an entry can hold.
   */
  static double least(Node n, boolean minutes) {
    double d = n.number();
    double most = minutes ? MOST_MINUTES : Amount.Count.MOST;
    if (!(d > 0 && d <= most)) {
      throw n.invalid("expected " + (minutes ? "minutes" : "a count") + " above 0 and at most " + JsonOut.plain(most)
          + (minutes ? " (a day)" : "") + ", found " + JsonOut.plain(d));
    }
    return d;
  }

  static long whole(Node n, long least, long most) {
    double d = n.number();
    if (d != Math.rint(d) || d < least || d > most) {
      throw n.invalid("expected a whole number from " + least + " to " + most + ", found " + JsonOut.plain(d));
    }
    return (long) d;
  }

}
