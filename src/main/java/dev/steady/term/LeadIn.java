package dev.steady.term;

/**
 * The few seconds before the breathing starts: settle, breathe naturally, then 3, 2, 1. None of it counts
 * toward the session, whose clock starts only when it is over.
 */
final class LeadIn {
  static final long SECOND = 1_000_000_000L;
  static final long SETTLE_NANOS = 3 * SECOND;
  static final long NANOS = SETTLE_NANOS + 3 * SECOND;

  private LeadIn() {}

  /** What the screen says {@code nanos} into the lead-in, or null once it is over. */
  static String[] textAt(long nanos) {
    if (nanos >= NANOS) {
      return null;
    }
    if (nanos < SETTLE_NANOS) {
      return new String[] {"Settle in.", "Breathe naturally.", "", "space skips, q stops"};
    }
    return new String[] {"Get ready", "", String.valueOf(3 - (nanos - SETTLE_NANOS) / SECOND)};
  }

  /** When the text next changes, after {@code nanos} into the lead-in. */
  static long nextChange(long nanos) {
    return nanos < SETTLE_NANOS ? SETTLE_NANOS : Math.min(NANOS, (nanos / SECOND + 1) * SECOND);
  }
}
