package dev.steady.time;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of day as people type them: 24-hour {@code HH:MM}, the leading zero optional ({@code 6:55}). */
public final class TimeText {
  private static final Pattern FORM = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  public static final String EXPECTED = "a 24-hour time HH:MM, such as 06:55 or 23:10";

  private TimeText() {}

  /** Parses the text, or throws {@link IllegalArgumentException} naming what was expected. */
  public static LocalTime parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("expected " + EXPECTED + ", found \"" + text + "\"");
    }
    return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public static String format(LocalTime time) {
    return time.format(HH_MM);
  }
}
