package dev.steady.term;

import dev.steady.breath.Pacer;
import dev.steady.breath.Phase;
import dev.steady.breath.SessionResult;
import dev.steady.breath.StopRequest;
import dev.steady.time.DurationText;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * The session as lines: one as each phase starts and nothing between, so it suits pipes, logs and screen
 * readers. Needs no terminal library at all.
 */
public final class PlainSession {
  private final PrintWriter out;

  public PlainSession(PrintWriter out) {
    this.out = out;
  }

  public SessionResult run(Pacer pacer, StopRequest stop) {
    stop.attach(Thread.currentThread());
    pacer.start();
    while (!stop.requested()) {
      Phase cue = pacer.takeDueCue();
      if (cue != null) {
        out.println(line(cue));
        out.flush();
        continue;
      }
      if (pacer.finished()) {
        pacer.markEnd();
        return pacer.result(true);
      }
      pacer.waitUntil(pacer.nextDeadline());
    }
    Thread.interrupted();
    return pacer.result(false);
  }

  /**
   * {@code 00:04 exhale 6s Long, slow breath out}, as PRODUCT.md shows it; when a note starts here it follows
   * the prompt as a sentence of its own.
   */
  public static String line(Phase p) {
    String start =
        DurationText.clock(Duration.ofNanos(p.startNanos())) + ' ' + p.kind().word() + ' '
            + DurationText.trim(p.seconds()) + "s ";
    return p.note() == null ? start + p.prompt() : start + sentence(p.prompt()) + ' ' + sentence(p.note());
  }

  /** Ends a prompt with a full stop so that a screen reader pauses between prompt and note. */
  private static String sentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '?' ? text : text + ".";
  }

  /** {@code done 30 breaths in 5:00, 6 bpm} or {@code stopped 12 breaths in 2:04, 6 bpm}. */
  public static String summary(SessionResult r) {
    return (r.completed() ? "done " : "stopped ")
        + r.breaths()
        + (r.breaths() == 1 ? " breath in " : " breaths in ")
        + DurationText.clock(Duration.ofMillis(Math.round(r.seconds() * 1000)))
        + ", "
        + DurationText.trim(r.bpm())
        + " bpm";
  }
}
