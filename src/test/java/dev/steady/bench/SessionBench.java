package dev.steady.bench;

import dev.steady.breath.Pacer;
import dev.steady.breath.Phase;
import dev.steady.breath.PlanLibrary;
import dev.steady.breath.Schedule;
import dev.steady.breath.SessionOptions;
import dev.steady.breath.SessionResult;
import dev.steady.breath.StopRequest;
import dev.steady.breath.TimeSource;
import dev.steady.term.AnimatedSession;
import dev.steady.term.PlainSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times a real session on the real clock and reports how late each phase cue came. Run by
 * {@code bench/session.sh}: {@code SessionBench animated|plain PLAN RESULT_FILE}. The animated session must
 * run in a terminal; the plain one's phase lines are thrown away.
 *
 * <p>The pacer keeps only the largest lateness, so the clock it is given watches instead: the pacer's first
 * reading is its start, and a cue's lateness is how far past its deadline the first reading at or after it
 * falls; the session takes the cue on that reading or within microseconds of it.
 */
public final class SessionBench {
  private SessionBench() {}

  public static void main(String[] args) throws IOException {
    String mode = args[0];
    Schedule schedule = Schedule.of(new PlanLibrary(null).find(args[1]), SessionOptions.PLAN_AS_WRITTEN);
    Watch watch = new Watch(schedule);
    Pacer pacer = new Pacer(schedule, watch);
    StopRequest stop = new StopRequest();
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    SessionResult result = mode.equals("animated")
        ? AnimatedSession.run(pacer, stop, false, true, discard, r -> PlainSession.summary(r, null))
        : new PlainSession(discard).run(pacer, stop);

    double[] late = watch.latenessMillis();
    Arrays.sort(late);
    String report = String.format(Locale.ROOT,
        "%s session, plan %s (%d phase cues in %.0f s): cue lateness p50 %.3f ms, p99 %.3f ms, max %.3f ms;"
            + " end drift %.3f ms (pacer's own: max lateness %.2f ms, end drift %.2f ms)%n",
        mode, schedule.plan(), late.length, schedule.totalNanos() / 1e9,
        percentile(late, 50), percentile(late, 99), late[late.length - 1],
        watch.endDriftMillis(), result.maxLateMs(), result.endDriftMs());
    Files.writeString(Path.of(args[2]), report);
  }

  /** Nearest-rank percentile of sorted values. */
  private static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** The system clock, noting when each deadline of the schedule is first seen to have passed. */
  private static final class Watch implements TimeSource {
    private final long[] offsets;
    /** How late each deadline was first seen passed; the last slot is the session's end, not a cue. */
    private final long[] lateNanos;
    private long origin;
    private boolean started;
    private int next;

    Watch(Schedule schedule) {
      List<Phase> phases = schedule.phases();
      offsets = new long[phases.size() + 1];
      for (int i = 0; i < phases.size(); i++) {
        offsets[i] = phases.get(i).startNanos();
      }
      offsets[phases.size()] = schedule.totalNanos();
      lateNanos = new long[offsets.length];
    }

    @Override
    public long nanoTime() {
      long now = System.nanoTime();
      if (!started) {
        started = true;
        origin = now;
      }
      while (next < offsets.length && now >= origin + offsets[next]) {
        lateNanos[next] = now - (origin + offsets[next]);
        next++;
      }
      return now;
    }

    @Override
    public void waitUntil(long deadline) {
      TimeSource.SYSTEM.waitUntil(deadline);
    }

    double[] latenessMillis() {
      double[] millis = new double[offsets.length - 1];
      for (int i = 0; i < millis.length; i++) {
        millis[i] = lateNanos[i] / 1e6;
      }
      return millis;
    }

    double endDriftMillis() {
      return lateNanos[offsets.length - 1] / 1e6;
    }
  }
}
