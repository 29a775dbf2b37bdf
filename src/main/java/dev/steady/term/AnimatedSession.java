package dev.steady.term;

import dev.steady.breath.Pacer;
import dev.steady.breath.SessionResult;
import dev.steady.breath.StopRequest;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The session on a full screen: an animated breath, the phase and its countdown, keys to pause and stop.
 * Phase cues keep the pacer's absolute deadlines: the loop sleeps until the next frame or the next cue,
 * whichever is first, listening for keys meanwhile, and hands the last stretch before a cue to the pacer's
 * precise wait. A terminal that turns out to be dumb gets the plain session instead.
 */
public final class AnimatedSession {
  /** How long the rest screen stays without a key. */
  private static final long REST_NANOS = 10_000_000_000L;
  /** Frames are drawn when the picture changes, at most this often (30 a second). */
  private static final long FRAME_NANOS = 1_000_000_000L / 30;
  /** While nothing moves (a pause) the loop still wakes this often, to follow a resized window. */
  private static final long IDLE_NANOS = 200_000_000L;
  /** Key reads time out in whole milliseconds and may wake late; the last stretch goes to the pacer. */
  private static final long PRECISE_NANOS = 2_000_000L;
  /** How long before a cue no new frame is started. */
  private static final long QUIET_NANOS = 25_000_000L;

  /**
   * Test hook, documented in the README (Development): {@code -Dsteady.test.drawingFailsAfter=N} (through
   * STEADY_JAVA_OPTS) makes drawing fail after N frames, so that a test in a real terminal can prove that a
   * failure while drawing leaves the terminal as it was and the session recorded. A system property, not an
   * environment variable, so that it never reaches a user by accident.
   */
  private static final long FRAMES_BEFORE_FAILURE = Long.getLong("steady.test.drawingFailsAfter", Long.MAX_VALUE);

  private long frames;
  private final Pacer pacer;
  private final StopRequest stop;
  private final boolean bell;

  private AnimatedSession(Pacer pacer, StopRequest stop, boolean bell) {
    this.pacer = pacer;
    this.stop = stop;
    this.bell = bell;
  }

  /**
   * Runs the session with its conversation (questions by key), then prints the summary line to {@code out}
   * once the terminal is restored. A dumb terminal gets the plain session, asking with {@code lines}.
   */
  public static SessionResult run(
      Pacer pacer, StopRequest stop, boolean bell, boolean colour, PrintWriter out, Conversation talk,
      Questions lines) {
    Terminal terminal = SystemTerminal.open(TerminalBuilder.SystemOutput.SysOut);
    SessionResult result;
    String summary;
    try {
      if (SystemTerminal.dumb(terminal)) {
        // a dumb terminal leaves Ctrl-C to the caller's handler
        return new PlainSession(out).run(pacer, stop, talk, lines);
      }
      terminal.handle(Terminal.Signal.INT, signal -> stop.request(StopRequest.Reason.INTERRUPT));
      // Suspending (Ctrl-Z) would leave the screen taken and the schedule running; space pauses instead.
      terminal.handle(Terminal.Signal.TSTP, Terminal.SignalHandler.SIG_IGN);
      Questions keys = new KeyQuestions(terminal, stop, false);
      talk.before(keys);
      SessionScreen screen =
          new SessionScreen(pacer.schedule(), colour, StandardCharsets.UTF_8.equals(terminal.encoding()));
      AnimatedSession session = new AnimatedSession(pacer, stop, bell);
      try (FullScreen full = FullScreen.enter(terminal)) {
        result = session.loop(full, new KeyWait(terminal.reader(), pacer), screen);
      }
      summary = talk.after(result, keys);
      // after a signal the person (or the system) wants out: no rest screen
      if (!stop.bySignal()) {
        try (FullScreen full = FullScreen.enter(terminal)) {
          session.rest(full, new KeyWait(terminal.reader(), pacer), summary);
        }
      }
    } finally {
      SystemTerminal.close(terminal);
    }
    out.println(summary);
    out.flush();
    return result;
  }

  /** The lead-in, then the breathing; stopped during the lead-in, nothing was breathed. */
  private SessionResult loop(FullScreen full, KeyWait keys, SessionScreen screen) {
    stop.attach(Thread.currentThread());
    if (leadIn(full, keys)) {
      return breathe(full, keys, screen);
    }
    Thread.interrupted();
    return pacer.result(false);
  }

  /** Shows the lead-in until it is over (true), space skips it (true), or a stop (false). */
  private boolean leadIn(FullScreen full, KeyWait keys) {
    long start = pacer.now();
    while (!stop.requested()) {
      long t = pacer.now() - start;
      String[] text = LeadIn.textAt(t);
      if (text == null) {
        return true;
      }
      Size size = full.size();
      full.show(SessionScreen.message(List.of(text), size.getColumns(), size.getRows()));
      switch (keys.until(start + LeadIn.nextChange(t))) {
        case STOP -> stop.request(StopRequest.Reason.KEY);
        case HANG_UP -> stop.request(StopRequest.Reason.HANGUP);
        case PAUSE_OR_RESUME -> {
          return true;
        }
        case NONE -> { }
      }
    }
    return false;
  }

  /** After the session: the summary, one fact a line, until a key or {@link #REST_NANOS}. */
  private void rest(FullScreen full, KeyWait keys, String summary) {
    List<String> lines = new ArrayList<>(List.of("Rest.", ""));
    for (String part : summary.split("; ")) {
      lines.add(part);
    }
    lines.add("");
    lines.add("any key to finish");
    Size size = full.size();
    full.show(SessionScreen.message(lines, size.getColumns(), size.getRows()));
    long end = pacer.now() + REST_NANOS;
    while (pacer.now() < end && keys.until(end) == Keys.Action.NONE && !keys.anyKey()) {
      // waits for the end or a key
    }
  }

  private SessionResult breathe(FullScreen full, KeyWait keys, SessionScreen screen) {
    pacer.start();
    long nextFrame = pacer.now();
    try {
      while (!stop.requested()) {
        if (pacer.takeDueCue() != null) {
          if (bell) {
            full.bell();
          }
          nextFrame = pacer.now();
          continue;
        }
        if (pacer.finished()) {
          pacer.markEnd();
          draw(full, screen);
          return pacer.result(true);
        }
        long now = pacer.now();
        long cue = pacer.paused() ? Long.MAX_VALUE : pacer.nextDeadline();
        if (cue - now <= PRECISE_NANOS) {
          pacer.waitUntil(cue);
          continue;
        }
        // Right before a cue no frame is started, lest it still be drawing when the cue is due (the first
        // frames run slowly, before the JIT has compiled them); the cue's own frame follows at once.
        boolean quiet = cue - now <= QUIET_NANOS;
        if (!quiet && (now >= nextFrame || full.resized())) {
          long change = draw(full, screen);
          nextFrame = Math.max(now + FRAME_NANOS, Math.min(change, now + IDLE_NANOS));
        }
        long wake = Math.min(quiet ? cue : nextFrame, cue - PRECISE_NANOS);
        switch (keys.until(wake)) {
          case STOP -> stop.request(StopRequest.Reason.KEY);
          case HANG_UP -> stop.request(StopRequest.Reason.HANGUP);
          case PAUSE_OR_RESUME -> {
            pacer.pauseOrResume();
            nextFrame = pacer.now();
          }
          case NONE -> { }
        }
      }
    } finally {
      Thread.interrupted();
    }
    return pacer.result(false);
  }

  /** Shows the current frame and says when (on the monotonic clock) the picture will next change. */
  private long draw(FullScreen full, SessionScreen screen) {
    if (++frames > FRAMES_BEFORE_FAILURE) {
      throw new IllegalStateException("drawing failed on purpose (test hook steady.test.drawingFailsAfter)");
    }
    Size size = full.size();
    Pacer.Position at = pacer.position();
    boolean paused = pacer.paused();
    full.show(screen.render(at, paused, size.getColumns(), size.getRows()));
    long change = screen.nextChange(at, paused, size.getColumns(), size.getRows());
    return change == Long.MAX_VALUE ? change : pacer.now() + (change - at.elapsedNanos());
  }
}
