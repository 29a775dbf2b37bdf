package dev.steady.habit;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Runs of consecutive met periods (days or weeks, by index), fed oldest first. A rested period that follows
 * the run carries it over without lengthening it.
 */
final class Streak {
  static final long NONE = Long.MIN_VALUE;

  private boolean any;
  private long from;
  /** The last period the run covers, met or rested. */
  private long to;
  private long lastMet;
  private long length;
  private long best;
  private long broke = NONE;
  private long before;

  /** Periods {@code first} to {@code last} were met; a run continues when they follow the last one. */
  void add(long first, long last) {
    if (first > last) {
      return;
    }
    if (!any || first != to + 1) {
      if (any) {
        broke = to + 1;
        before = length;
      }
      from = first;
      length = 0;
    }
    length += last - first + 1;
    to = last;
    lastMet = last;
    any = true;
    best = Math.max(best, length);
  }

  /** Period {@code period} was rested: a run that reaches the period before goes on through it. */
  void rest(long period) {
    if (any && period == to + 1) {
      to = period;
    }
  }

  int best() {
    return (int) best;
  }

  /** The run ending at {@code now}, or at the period before while {@code now} is not (yet) met. */
  int current(long now) {
    return alive(now) ? (int) length : 0;
  }

  private boolean alive(long now) {
    return any && (to == now || to == now - 1);
  }

  boolean any() {
    return any;
  }

  long from() {
    return from;
  }

  long lastMet() {
    return lastMet;
  }

  /** The period that ended the latest run, or {@link #NONE} while it is alive at {@code now}. */
  long ended(long now) {
    return alive(now) ? NONE : to + 1;
  }

  long broke() {
    return broke;
  }

  int before() {
    return (int) before;
  }

  /** Writes every field, for {@link ClosedWeeks}; {@link #load} reads them back. */
  void save(DataOutput out) throws IOException {
    out.writeBoolean(any);
    for (long v : new long[] {from, to, lastMet, length, best, broke, before}) {
      out.writeLong(v);
    }
  }

  void load(DataInput in) throws IOException {
    any = in.readBoolean();
    from = in.readLong();
    to = in.readLong();
    lastMet = in.readLong();
    length = in.readLong();
    best = in.readLong();
    broke = in.readLong();
    before = in.readLong();
  }
}
