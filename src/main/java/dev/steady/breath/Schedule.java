package dev.steady.breath;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan laid out in time: every phase with its absolute offset. A segment ends on a whole breath: it holds
 * as many breaths as its length divided by the breath's length, rounded to the nearest whole number (a half
 * rounds up), and at least one. For a glide, a breath is kept while at least half of it fits.
 */
public record Schedule(String plan, String title, List<Phase> phases, int breaths, long totalNanos) {
  private static final double EPSILON = 1e-9;

  public Schedule {
    phases = List.copyOf(phases);
  }

  public static Schedule of(Plan plan, SessionOptions options) {
    List<Segment> segments = plan.segments();
    double planSeconds = plan.duration().toMillis() / 1000.0;
    double scale = options.duration() == null ? 1 : options.duration().toMillis() / 1000.0 / planSeconds;

    List<Phase> phases = new ArrayList<>();
    List<Note> notes = new ArrayList<>(plan.notes());
    notes.sort(java.util.Comparator.comparing(Note::at));
    int breath = 0;
    double segmentStart = 0;
    for (Segment segment : segments) {
      Pace pace = segment.pace();
      if (options.ratio() != null) {
        pace = pace.withRatio(options.ratio());
      }
      if (options.bpm() != null) {
        pace = pace.atRate(options.bpm());
      }
      double length = segment.length().toMillis() / 1000.0 * scale;
      double t = 0;
      boolean first = true;
      while (true) {
        Pattern p = pace.breathAt(t / length);
        if (!first && t + p.seconds() / 2 > length + EPSILON) {
          break;
        }
        double at = segmentStart + t;
        for (PhaseKind kind : PhaseKind.values()) {
          double seconds = p.length(kind);
          if (seconds <= 0) {
            continue;
          }
          long start = nanos(at);
          long end = nanos(at + seconds);
          String note = null;
          while (!notes.isEmpty() && nanos(notes.get(0).at().toMillis() / 1000.0) <= start) {
            note = notes.remove(0).text();
          }
          phases.add(
              new Phase(phases.size(), breath, kind, start, end - start, segment.prompts().forPhase(kind), note));
          at += seconds;
        }
        breath++;
        t += p.seconds();
        first = false;
      }
      segmentStart += t;
    }
    return new Schedule(plan.name(), plan.title(), phases, breath, nanos(segmentStart));
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
    Phase current = phases.get(phaseAt(elapsed));
    return current.breath();
  }
}
