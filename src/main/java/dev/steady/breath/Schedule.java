package dev.steady.breath;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan laid out in time: every phase with its absolute offset from the session's start.
 *
 * <p>A session ends on a whole breath: it holds as many breaths as its length divided by the breath's length,
 * rounded to the nearest whole number (a half rounds up), and at least one. Each breath is kept while at least
 * half of it fits before the end of its segment. Segment ends are measured from the session's start, not from
 * where the previous segment happened to stop, so the rounding of one segment is made good by the next and a
 * plan of several segments ends within half a breath of its duration, like a plan of one.
 */
public record Schedule(String plan, String title, List<Phase> phases, int breaths, long totalNanos) {
  /** Far above the rounding error of adding up an hour of phase lengths, far below anything audible. */
  private static final double EPSILON = 1e-6;

  public Schedule {
    phases = List.copyOf(phases);
  }

  public static Schedule of(Plan plan, SessionOptions options) {
    double scale =
        options.duration() == null ? 1 : seconds(options.duration()) / seconds(plan.duration());
    List<Segment> segments = plan.segments();
    // where each segment should end and where it did end, in seconds from the start, for placing notes
    double[] planned = new double[segments.size() + 1];
    double[] actual = new double[segments.size() + 1];
    List<Phase> phases = new ArrayList<>();
    List<Integer> firstPhaseOfBreath = new ArrayList<>();
    List<Double> breathStarts = new ArrayList<>();
    double at = 0;
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      Pace pace = options.applyTo(segment.pace());
      double start = at;
      double end = planned[i] + seconds(segment.length()) * scale;
      while (true) {
        Pattern breath = breathFrom(pace, at, start, end);
        if (!breathStarts.isEmpty() && at + breath.seconds() / 2 > end + EPSILON) {
          break;
        }
        breathStarts.add(at);
        firstPhaseOfBreath.add(phases.size());
        for (PhaseKind kind : PhaseKind.values()) {
          long from = nanos(at);
          at += breath.length(kind);
          long to = nanos(at);
          if (to > from) {
            phases.add(
                new Phase(
                    phases.size(),
                    breathStarts.size() - 1,
                    kind,
                    from,
                    to - from,
                    segment.prompts().forPhase(kind),
                    null));
          }
        }
      }
      planned[i + 1] = end;
      actual[i + 1] = at;
    }
    for (Note note : plan.notes()) {
      double when = map(seconds(note.at()) * scale, planned, actual);
      int phase = firstPhaseOfBreath.get(nearest(breathStarts, when));
      phases.set(phase, phases.get(phase).withNote(note.text()));
    }
    return new Schedule(plan.name(), plan.title(), phases, breathStarts.size(), nanos(at));
  }

  /**
   * The breath that starts at {@code at}: a glide's rate is taken at the breath's middle, so a glide reaches
   * its end rate smoothly and hands over to the next segment without a jump.
   */
  private static Pattern breathFrom(Pace pace, double at, double start, double end) {
    Pattern first = pace.breathAt(fraction(at, start, end));
    return pace.breathAt(fraction(at + first.seconds() / 2, start, end));
  }

  private static double fraction(double at, double start, double end) {
    return end > start ? (at - start) / (end - start) : 1;
  }

  /**
   * Moves a time on the plan's clock onto the session's: within its segment, in proportion, so that a note
   * written for a segment's start lands on that segment's first breath wherever the breaths put it.
   */
  private static double map(double planTime, double[] planned, double[] actual) {
    int i = 0;
    while (i < planned.length - 2 && planTime >= planned[i + 1]) {
      i++;
    }
    double span = planned[i + 1] - planned[i];
    double f = span > 0 ? Math.min(1, Math.max(0, (planTime - planned[i]) / span)) : 0;
    return actual[i] + f * (actual[i + 1] - actual[i]);
  }

  /** The breath that starts nearest to {@code when}; of two equally near, the later. */
  private static int nearest(List<Double> starts, double when) {
    int best = 0;
    for (int b = 1; b < starts.size(); b++) {
      if (Math.abs(starts.get(b) - when) <= Math.abs(starts.get(best) - when) + EPSILON) {
        best = b;
      }
    }
    return best;
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static long nanos(double seconds) {
    return Math.round(seconds * 1e9);
  }

  public Duration total() {
    return Duration.ofNanos(totalNanos);
  }

  /** The index of the phase running at {@code elapsed} nanoseconds, or the last one at the end. */
  public int phaseAt(long elapsed) {
    int lo = 0;
    int hi = phases.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (phases.get(mid).startNanos() <= elapsed) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Breaths fully completed by {@code elapsed} nanoseconds. */
  public int breathsDone(long elapsed) {
    if (elapsed >= totalNanos) {
      return breaths;
    }
    return phases.get(phaseAt(elapsed)).breath();
  }

  /** When breath {@code breath} (from 0) ends, in nanoseconds from the start. */
  public long endOfBreath(int breath) {
    for (Phase p : phases) {
      if (p.breath() > breath) {
        return p.startNanos();
      }
    }
    return totalNanos;
  }
}
