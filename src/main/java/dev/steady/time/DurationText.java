package dev.steady.time;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: {@code 90s}, {@code 2m}, {@code 2m30s}, {@code 1h10m}, {@code 1.5m}. */
public final class DurationText {
  private static final Pattern FORM =
      Pattern.compile("(?:(\\d{1,4}(?:\\.\\d+)?)h)?(?:(\\d{1,5}(?:\\.\\d+)?)m)?(?:(\\d{1,6}(?:\\.\\d+)?)s)?");

  public static final String EXPECTED = "a duration such as 90s, 2m, 2m30s or 1h10m";

  private DurationText() {}

  /** Parses the text, or throws {@link IllegalArgumentException} naming what was expected. */
  public static Duration parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    Matcher m = FORM.matcher(t);
    if (t.isEmpty() || !m.matches()) {
      throw new IllegalArgumentException("expected " + EXPECTED + ", found \"" + text + "\"");
    }
    double seconds = part(m.group(1), 3600) + part(m.group(2), 60) + part(m.group(3), 1);
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  private static double part(String number, int scale) {
    return number == null ? 0 : Double.parseDouble(number) * scale;
  }

  /** The short form used in output: {@code 25m}, {@code 1h10m}, {@code 2m30s}, {@code 4.5s}. */
  public static String format(Duration d) {
    long millis = d.toMillis();
    if (millis % 1000 != 0 && millis < 60_000) {
      return trim(millis / 1000.0) + "s";
    }
    long s = Math.round(millis / 1000.0);
    StringBuilder out = new StringBuilder();
    if (s >= 3600) {
      out.append(s / 3600).append('h');
    }
    if (s % 3600 >= 60) {
      out.append(s % 3600 / 60).append('m');
    }
    if (s % 60 != 0 || s == 0) {
      out.append(s % 60).append('s');
    }
    return out.toString();
  }

  /** A number with at most one decimal, and none when it is whole: 6, 6.5, 3.7. */
  public static String trim(double value) {
    double r = Math.round(value * 10) / 10.0;
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }

  /** Elapsed time as {@code MM:SS}. */
  public static String clock(Duration d) {
    long s = d.toSeconds();
    return String.format(java.util.Locale.ROOT, "%02d:%02d", s / 60, s % 60);
  }
}
