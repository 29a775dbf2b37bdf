package dev.steady.store;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * Dates and times as the log writes them, read straight from the log's bytes (ASCII text), and written. {@code LocalDate.parse}
 * and {@code OffsetDateTime.parse} go through {@code DateTimeFormatter} and cost more than the rest of an
 * entry on a cold start; the forms written here ({@code 2026-11-21}, {@code 2026-11-21T07:05:00+01:00},
 * {@code 23:10}) are read by hand, and anything else falls back to {@code java.time}'s own parser, so the
 * accepted text is exactly what {@code java.time} accepts.
 */
final class IsoText {
  private static final int QUARTER_HOUR = 15 * 60;
  private static final int MAX_OFFSET = 18 * 3600;
  /**
   * The offsets on a quarter hour, made once each: {@code ZoneOffset.ofTotalSeconds} boxes its argument to
   * look up its own cache, on every one of a long log's entries. ZoneOffset is immutable, so a race here only
   * makes the same offset twice.
   */
  private static final ZoneOffset[] QUARTER_HOURS = new ZoneOffset[2 * MAX_OFFSET / QUARTER_HOUR + 1];

  private IsoText() {}

  /** A date {@code YYYY-MM-DD}, or null when the text is not one. */
  static LocalDate date(byte[] c, int off, int len) {
    LocalDate quick = len == 10 ? quickDate(c, off) : null;
    return quick != null ? quick : parsed(() -> LocalDate.parse(new String(c, off, len, StandardCharsets.ISO_8859_1)));
  }

  private static LocalDate quickDate(byte[] c, int off) {
    int y = digits(c, off, 4);
    int m = digits(c, off + 5, 2);
    int d = digits(c, off + 8, 2);
    if (c[off + 4] != '-' || c[off + 7] != '-' || y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A time of day {@code HH:MM}, the only form the log writes, or null. */
  static LocalTime timeOfDay(byte[] c, int off, int len) {
    if (len != 5 || c[off + 2] != ':') {
      return null;
    }
    int h = digits(c, off, 2);
    int m = digits(c, off + 3, 2);
    return h >= 0 && h < 24 && m >= 0 && m < 60 ? LocalTime.of(h, m) : null;
  }

  /** A date and time with an offset, as {@code OffsetDateTime.toString()} writes it, or null. */
  static OffsetDateTime offsetDateTime(byte[] c, int off, int len) {
    OffsetDateTime quick = quickOffsetDateTime(c, off, len);
    return quick != null ? quick : parsed(() -> OffsetDateTime.parse(new String(c, off, len, StandardCharsets.ISO_8859_1)));
  }

  /** {@code YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)}; null for any other form. */
  private static OffsetDateTime quickOffsetDateTime(byte[] c, int off, int len) {
    if (len < 17 || c[off + 10] != 'T' || c[off + 13] != ':') {
      return null;
    }
    LocalDate date = quickDate(c, off);
    int hour = digits(c, off + 11, 2);
    int minute = digits(c, off + 14, 2);
    int i = off + 16;
    int end = off + len;
    int second = 0;
    int nanos = 0;
    if (c[i] == ':') {
      if (end - i < 3) {
        return null;
      }
      second = digits(c, i + 1, 2);
      i += 3;
      if (i < end && c[i] == '.') {
        int start = ++i;
        while (i < end && i - start < 9 && c[i] >= '0' && c[i] <= '9') {
          nanos = nanos * 10 + (c[i++] - '0');
        }
        if (i == start) {
          return null;
        }
        for (int n = i - start; n < 9; n++) {
          nanos *= 10;
        }
      }
    }
    ZoneOffset offset = offset(c, i, end - i);
    if (date == null || hour < 0 || minute < 0 || second < 0 || offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(date, LocalTime.of(hour, minute, second, nanos), offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(byte[] c, int off, int len) {
    if (len == 1 && c[off] == 'Z') {
      return ZoneOffset.UTC;
    }
    if (len != 6 || (c[off] != '+' && c[off] != '-') || c[off + 3] != ':') {
      return null;
    }
    int h = digits(c, off + 1, 2);
    int m = digits(c, off + 4, 2);
    if (h < 0 || m < 0 || h > 18 || m > 59) {
      return null;
    }
    int seconds = (c[off] == '-' ? -1 : 1) * (h * 3600 + m * 60);
    if (seconds % QUARTER_HOUR != 0 || Math.abs(seconds) > MAX_OFFSET) {
      return parsedOffset(seconds);
    }
    int k = seconds / QUARTER_HOUR + MAX_OFFSET / QUARTER_HOUR;
    ZoneOffset offset = QUARTER_HOURS[k];
    if (offset == null) {
      offset = ZoneOffset.ofTotalSeconds(seconds);
      QUARTER_HOURS[k] = offset;
    }
    return offset;
  }

  private static ZoneOffset parsedOffset(int seconds) {
    try {
      return ZoneOffset.ofTotalSeconds(seconds);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * {@code date.toString()}: {@code YYYY-MM-DD} written by hand for the years 0 to 9999, which costs a cold start
   * less than {@code java.time}'s own (a log's write formats two of these for every entry); any other year by it.
   */
  static String format(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return date.toString();
    }
    byte[] text = new byte[10];
    putDate(text, date);
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  /**
   * {@code time.toString()}: {@code YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)} written by hand for whole seconds, years 0
   * to 9999 and offsets in whole minutes (every time steady records); anything else by {@code java.time}.
   */
  static String format(OffsetDateTime time) {
    int year = time.getYear();
    int offset = time.getOffset().getTotalSeconds();
    if (year < 0 || year > 9999 || time.getNano() != 0 || offset % 60 != 0) {
      return time.toString();
    }
    int second = time.getSecond();
    byte[] text = new byte[16 + (second == 0 ? 0 : 3) + (offset == 0 ? 1 : 6)];
    putDate(text, time.toLocalDate());
    text[10] = 'T';
    put2(text, 11, time.getHour());
    text[13] = ':';
    put2(text, 14, time.getMinute());
    int i = 16;
    if (second != 0) {
      text[i] = ':';
      put2(text, i + 1, second);
      i += 3;
    }
    if (offset == 0) {
      text[i] = 'Z';
    } else {
      int minutes = Math.abs(offset) / 60;
      text[i] = (byte) (offset < 0 ? '-' : '+');
      put2(text, i + 1, minutes / 60);
      text[i + 3] = ':';
      put2(text, i + 4, minutes % 60);
    }
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  private static void putDate(byte[] text, LocalDate date) {
    int year = date.getYear();
    put2(text, 0, year / 100);
    put2(text, 2, year % 100);
    text[4] = '-';
    put2(text, 5, date.getMonthValue());
    text[7] = '-';
    put2(text, 8, date.getDayOfMonth());
  }

  private static void put2(byte[] text, int at, int value) {
    text[at] = (byte) ('0' + value / 10);
    text[at + 1] = (byte) ('0' + value % 10);
  }

  /** The number written in {@code n} decimal digits, or -1 when a character is not a digit. */
  private static int digits(byte[] c, int off, int n) {
    int v = 0;
    for (int i = off; i < off + n; i++) {
      byte ch = c[i];
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }

  private static <T> T parsed(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
