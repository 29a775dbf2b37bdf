package dev.steady.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/** Dates as people type them: {@code YYYY-MM-DD}, {@code today} or {@code yesterday}. */
public final class DateText {
  public static final String EXPECTED = "a date YYYY-MM-DD, today or yesterday";
  /** Four ASCII digits of year: LocalDate.parse alone also takes {@code -0001-01-01} and {@code +10000-01-01}. */
  private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int FIRST_YEAR = 1900;

  private DateText() {}

  /**
   * Parses the text against {@code today}, or throws {@link IllegalArgumentException} naming what was
   * expected.
   */
  public static LocalDate parse(String text, LocalDate today) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("today")) {
      return today;
    }
    if (t.equals("yesterday")) {
      return today.minusDays(1);
    }
    LocalDate date;
    try {
      date = FORM.matcher(t).matches() ? LocalDate.parse(t) : null;
    } catch (DateTimeParseException e) {
      date = null;
    }
    if (date == null) {
      throw new IllegalArgumentException("expected " + EXPECTED + ", found \"" + text + "\"");
    }
    if (date.getYear() < FIRST_YEAR) {
      throw new IllegalArgumentException("expected a date from " + FIRST_YEAR + " on, found \"" + text + "\"");
    }
    return date;
  }

  /** {@code 2026-11-20 (today)}, {@code 2026-11-19 (yesterday)}, {@code 2026-11-17 (Tue)}. */
  public static String relative(LocalDate date, LocalDate today) {
    String word =
        date.equals(today) ? "today"
            : date.equals(today.minusDays(1)) ? "yesterday"
            : weekday(date);
    return date + " (" + word + ")";
  }

  /**
   * {@code Sunday 7 December 2026}: English names made from the enums' own, as {@code getDisplayName(FULL,
   * ENGLISH)} gives them, without loading the locale data that costs a cold start tens of milliseconds.
   */
  public static String full(LocalDate d) {
    return word(d.getDayOfWeek().name()) + " " + d.getDayOfMonth() + " " + word(d.getMonth().name()) + " " + d.getYear();
  }

  private static String word(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  /** {@code Mon}, {@code Tue}, … */
  public static String weekday(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
