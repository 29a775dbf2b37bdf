package dev.steady.breath;

/**
 * The shares of a breath given to each phase, as in {@code 4:6} (in:out) or {@code 4:7:8:0}
 * (in:hold:out:hold). Only the proportions matter; the rate sets the length.
 */
public record Ratio(double inhale, double holdIn, double exhale, double holdOut) {
  public static final String EXPECTED = "a ratio I:E or I:H:E:H such as 4:6 or 4:7:8:0 (in and out above 0)";

  public Ratio {
    if (!(inhale > 0) || !(exhale > 0) || !(holdIn >= 0) || !(holdOut >= 0)) {
      throw new IllegalArgumentException("expected " + EXPECTED);
    }
  }

  /**
   * Parses {@code 4:6} or {@code 4:7:8:0}. Each part is a plain decimal number of up to three digits either
   * side of the point, which keeps every phase a sensible share of the breath.
   */
  public static Ratio parse(String text) {
    String[] parts = text.strip().split(":", -1);
    if (parts.length != 2 && parts.length != 4) {
      throw rejected(text);
    }
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      if (!part.matches("\\d{1,3}(\\.\\d{1,3})?")) {
        throw rejected(text);
      }
      v[i] = Double.parseDouble(part);
    }
    try {
      return parts.length == 2 ? new Ratio(v[0], 0, v[1], 0) : new Ratio(v[0], v[1], v[2], v[3]);
    } catch (IllegalArgumentException e) {
      throw rejected(text);
    }
  }

  private static IllegalArgumentException rejected(String text) {
    return new IllegalArgumentException("expected " + EXPECTED + ", found \"" + text + "\"");
  }

  /** {@code 4:6}, or {@code 4:7:8:0} when there are holds: the form {@link #parse} reads. */
  public String text() {
    return holdIn == 0 && holdOut == 0
        ? part(inhale) + ":" + part(exhale)
        : part(inhale) + ":" + part(holdIn) + ":" + part(exhale) + ":" + part(holdOut);
  }

  private static String part(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** The pattern this ratio gives at a rate of {@code bpm} breaths a minute. */
  public Pattern at(double bpm) {
    double scale = 60.0 / bpm / (inhale + holdIn + exhale + holdOut);
    return new Pattern(inhale * scale, holdIn * scale, exhale * scale, holdOut * scale);
  }
}
