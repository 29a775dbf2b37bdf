package dev.steady.habit;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A habit's strength, Loop Habit Tracker's habit score: from the day of the first entry through today,
 * {@code s = s·m + v·(1 − m)} each day, with {@code s = 0} before the first day and {@code m = 0.5^(√f/13)}
 * for a habit kept on a share {@code f} of days; a rested day leaves {@code s} as it is. What {@code v} is
 * on a day is the kind's rule ({@link #value}); so a missed day dents the strength rather than zeroing it.
 *
 * <p>Fed the days in order; days without entries may be skipped, and are then fed as empty ones.
 */
public abstract class Strength {
  private final double m;
  private double s;
  private long last = Long.MIN_VALUE;

  /** @param share the habit's share of days, {@code f} above: 1 for a day habit */
  Strength(double share) {
    this.m = Math.pow(0.5, Math.sqrt(share) / 13);
  }

  /** The day's value, 0 to 1, given its level in the heatmap and its entries; called once a day, in order. */
  abstract double value(int level, List<Entry> day);

  /** How many empty days after a day with entries still have a value of their own (a week's window). */
  int memory() {
    return 0;
  }

  /** Feeds day {@code epochDay} (its entries without rests), after the days since the last one as empty. */
  final void day(long epochDay, int level, List<Entry> day, boolean rested) {
    emptyUntil(epochDay - 1);
    double v = value(level, day);
    if (!rested) {
      s = s * m + v * (1 - m);
    }
    last = epochDay;
  }

  /** Feeds the empty days after the last day fed, through {@code epochDay}. */
  final void emptyUntil(long epochDay) {
    if (last == Long.MIN_VALUE) {
      return;
    }
    long gap = epochDay - last;
    long single = Math.min(gap, memory());
    for (long i = 0; i < single; i++) {
      s = s * m + value(Cell.NONE, List.of()) * (1 - m);
    }
    long rest = gap - single;
    if (rest > 0) {
      double v = value(Cell.NONE, List.of());
      s = v + (s - v) * Math.pow(m, rest);
    }
    last = Math.max(last, epochDay);
  }

  /** Starts counting on {@code epochDay}, with {@code s = 0} before it; days before it have no effect. */
  final void startOn(long epochDay) {
    if (last == Long.MIN_VALUE) {
      last = epochDay - 1;
    }
  }

  /** The strength so far, 0 to 1. */
  final double score() {
    return s;
  }

  /**
   * Writes the state exactly (the score's bits, the last day fed, a week's window), for {@link ClosedWeeks}: a
   * strength loaded from it goes on as the one saved would have.
   */
  final void save(DataOutput out) throws IOException {
    out.writeLong(Double.doubleToRawLongBits(s));
    out.writeLong(last);
    saveWindow(out);
  }

  final void load(DataInput in) throws IOException {
    s = Double.longBitsToDouble(in.readLong());
    last = in.readLong();
    loadWindow(in);
  }

  void saveWindow(DataOutput out) throws IOException {}

  void loadWindow(DataInput in) throws IOException {}

  /** A day habit's: {@code v} is 1 on a met day. */
  static Strength ofDays(double share) {
    return new Strength(share) {
      @Override
      double value(int level, List<Entry> day) {
        return level == Cell.MET ? 1 : 0;
      }
    };
  }

  /**
   * A habit of {@code days} days a week: {@code f = days/7}, and {@code v} the share of its days met in the
   * seven days ending that day, at most 1 (Loop's form for a habit of some days a week).
   */
  static Strength ofWeekDays(int days) {
    return new Window(days / 7.0) {
      private final boolean[] met = new boolean[7];
      private int count;

      @Override
      void saveRing(DataOutput out) throws IOException {
        out.writeInt(count);
        for (boolean m : met) {
          out.writeBoolean(m);
        }
      }

      @Override
      void loadRing(DataInput in) throws IOException {
        count = in.readInt();
        for (int i = 0; i < 7; i++) {
          met[i] = in.readBoolean();
        }
      }

      @Override
      double slide(int level, List<Entry> day) {
        count -= met[at] ? 1 : 0;
        met[at] = level == Cell.MET;
        count += met[at] ? 1 : 0;
        return Math.min(1, count / (double) days);
      }
    };
  }

  /**
   * A habit of {@code target} different items a week: {@code f = 1/7}, and {@code v} the share of the target
   * reached by the different items of the seven days ending that day, at most 1.
   */
  static Strength ofWeekItems(int target) {
    return new Window(1 / 7.0) {
      private final Map<String, Integer> counts = new HashMap<>();
      @SuppressWarnings("unchecked")
      private final List<String>[] items = new List[7];

      @Override
      void saveRing(DataOutput out) throws IOException {
        for (List<String> day : items) {
          out.writeInt(day == null ? -1 : day.size());
          for (String item : day == null ? List.<String>of() : day) {
            out.writeUTF(item);
          }
        }
      }

      @Override
      void loadRing(DataInput in) throws IOException {
        for (int i = 0; i < 7; i++) {
          int n = in.readInt();
          if (n >= 0) {
            items[i] = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
              String item = in.readUTF();
              items[i].add(item);
              counts.put(item, counts.getOrDefault(item, 0) + 1);
            }
          }
        }
      }

      @Override
      double slide(int level, List<Entry> day) {
        if (items[at] != null) {
          for (String item : items[at]) {
            counts.merge(item, -1, (a, b) -> a + b == 0 ? null : a + b);
          }
        }
        List<String> now = new ArrayList<>();
        for (Entry e : day) {
          for (String item : e.amount().items()) {
            String key = item.toLowerCase(Locale.ROOT);
            now.add(key);
            counts.merge(key, 1, Integer::sum);
          }
        }
        items[at] = now;
        return Math.min(1, counts.size() / (double) target);
      }
    };
  }

  /**
   * A limit of {@code max} a week: {@code f = 1/7}, and {@code v} 1 while the count of the seven days ending
   * that day stays within the limit, else 0.
   */
  static Strength ofLimit(long max) {
    return new Window(1 / 7.0) {
      private double count;
      private final double[] counts = new double[7];

      @Override
      void saveRing(DataOutput out) throws IOException {
        out.writeLong(Double.doubleToRawLongBits(count));
        for (double c : counts) {
          out.writeLong(Double.doubleToRawLongBits(c));
        }
      }

      @Override
      void loadRing(DataInput in) throws IOException {
        count = Double.longBitsToDouble(in.readLong());
        for (int i = 0; i < 7; i++) {
          counts[i] = Double.longBitsToDouble(in.readLong());
        }
      }

      @Override
      double slide(int level, List<Entry> day) {
        count -= counts[at];
        counts[at] = Tally.sum(day, null);
        count += counts[at];
        return count <= max + 1e-9 ? 1 : 0;
      }
    };
  }

  /** A strength whose {@code v} is judged on the seven days ending that day. */
  private abstract static class Window extends Strength {
    /** The day's slot in the subclass's ring of seven, which held the day seven days before. */
    int at;

    Window(double share) {
      super(share);
    }

    @Override
    final double value(int level, List<Entry> day) {
      at = (at + 1) % 7;
      return slide(level, day);
    }

    /** Puts the day in slot {@link #at} in place of the day seven days before, and returns its value. */
    abstract double slide(int level, List<Entry> day);

    @Override
    final void saveWindow(DataOutput out) throws IOException {
      out.writeInt(at);
      saveRing(out);
    }

    @Override
    final void loadWindow(DataInput in) throws IOException {
      at = in.readInt();
      if (at < 0 || at >= 7) {
        throw new IOException("a week's window has no slot " + at);
      }
      loadRing(in);
    }

    /** Writes the seven days' slots exactly; {@link #loadRing} reads them back into a new strength. */
    abstract void saveRing(DataOutput out) throws IOException;

    abstract void loadRing(DataInput in) throws IOException;

    @Override
    final int memory() {
      return 7;
    }
  }
}
