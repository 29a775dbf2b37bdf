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

  /** {@code 00:04 exhale 6s Long, slow breath out.} with the note, if one starts here, after it. */
  public static String line(Phase p) {
    StringBuilder s =
        new StringBuilder()
            .append(DurationText.clock(Duration.ofNanos(p.startNanos())))
            .append(' ')
            .append(p.kind().word())
            .append(' ')
            .append(DurationText.trim(p.seconds()))
            .append("s ")
            .append(sentence(p.prompt()));
    if (p.note() != null) {
      s.append(' ').append(sentence(p.note()));
    }
    return s.toString();
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
