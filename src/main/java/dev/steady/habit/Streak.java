package dev.steady.habit;

/** Runs of consecutive met periods (days or weeks, by index), fed oldest first. */
final class Streak {
  private boolean any;
  private long from;
  private long to;
  private long best;

  /** Periods {@code first} to {@code last} were met; a run continues when they follow the last one. */
  void add(long first, long last) {
    if (first > last) {
      return;
    }
    if (!any || first != to + 1) {
      from = first;
    }
    to = last;
    any = true;
    best = Math.max(best, to - from + 1);
  }

  int best() {
    return (int) best;
  }

  /** The run ending at {@code now}, or at the period before while {@code now} is not (yet) met. */
  int current(long now) {
    return any && (to == now || to == now - 1) ? (int) (to - from + 1) : 0;
  }
}
