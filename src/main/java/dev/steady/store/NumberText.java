package dev.steady.store;

import java.nio.charset.StandardCharsets;

/**
 * Decimal numbers read straight from the log's bytes. The numbers the log writes ({@code 240.0},
 * {@code 5.9}) have few digits, and for those one division is exact to the last bit, as
 * {@code Double.parseDouble} would give; anything else goes to {@code Double.parseDouble} itself.
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
      } else if (c >= '0' && c <= '9' && digits < EXACT_WHOLE / 10) {
        digits = digits * 10 + (c - '0');
        if (fraction >= 0) {
          fraction++;
        }
      } else {
        return Double.parseDouble(new String(b, start, end - start, StandardCharsets.US_ASCII));
      }
    }
    // Clinger's fast path: both operands are exact, and IEEE division rounds the quotient correctly.
    double v = fraction > 0 ? digits / EXACT_POWERS[fraction] : digits;
    return negative ? -v : v;
  }
}
