package dev.steady.json;

import java.nio.charset.StandardCharsets;

/**
 * JSON numbers read straight from a document's bytes. The numbers steady writes ({@code 240.0}, {@code 5.9})
 * have few digits, and for those one division is exact to the last bit, as {@code Double.parseDouble} would
 * give; anything else goes to {@code Double.parseDouble} itself.
 */
final class NumberText {
  /** Powers of ten that a double holds exactly. */
  private static final double[] EXACT_POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22
  };
  /** Below 2^53 every whole number is a double. */
  private static final long EXACT_WHOLE = 1L << 53;

  private NumberText() {}

  /** The value of the JSON number in {@code b[start..end)}, which the caller has checked is one. */
  static double decimal(byte[] b, int start, int end) {
    boolean negative = b[start] == '-';
    long digits = 0;
    int fraction = -1;
    for (int i = negative ? start + 1 : start; i < end; i++) {
      byte c = b[i];
      if (c == '.') {
        fraction = 0;
      } else if (c >= '0' && c <= '9' && digits < EXACT_WHOLE / 10 && fraction < EXACT_POWERS.length - 1) {
        digits = digits * 10 + (c - '0');
        if (fraction >= 0) {
          fraction++;
        }
      } else {
        return Double.parseDouble(text(b, start, end));
      }
    }
    // Clinger's fast path: both operands are exact, and IEEE division rounds the quotient correctly.
    if (fraction < 0) {
      return negative ? -digits : digits; // a whole number: -0 is 0, as a long has no negative zero
    }
    double v = fraction > 0 ? digits / EXACT_POWERS[fraction] : digits;
    return negative ? -v : v;
  }

  /** Whether the JSON number in {@code b[start..end)} has no fraction or exponent and fits in a long. */
  static boolean isWhole(byte[] b, int start, int end) {
    boolean negative = b[start] == '-';
    long v = 0; // counted negative, where the range is wider
    for (int i = negative ? start + 1 : start; i < end; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9 || v < Long.MIN_VALUE / 10 || v * 10 < Long.MIN_VALUE + digit) {
        return false;
      }
      v = v * 10 - digit;
    }
    return negative || v != Long.MIN_VALUE;
  }

  /** The value of the whole number in {@code b[start..end)}, which {@link #isWhole} has accepted. */
  static long whole(byte[] b, int start, int end) {
    boolean negative = b[start] == '-';
    long v = 0;
    for (int i = negative ? start + 1 : start; i < end; i++) {
      v = v * 10 - (b[i] - '0');
    }
    return negative ? v : -v;
  }

  static String text(byte[] b, int start, int end) {
    return new String(b, start, end - start, StandardCharsets.US_ASCII);
  }
}
