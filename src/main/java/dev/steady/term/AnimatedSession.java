package dev.steady.term;

import dev.steady.breath.Pacer;
import dev.steady.breath.SessionResult;
import dev.steady.breath.StopRequest;
import dev.steady.failure.Failure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;
import org.jline.utils.Signals;

/**
 * The session on a full screen: an animated breath, the phase and its countdown, keys to pause and stop.
 * Phase cues keep the pacer's absolute deadlines: the loop sleeps until the next frame or the next cue,
 * whichever is first, listening for keys meanwhile, and hands the last stretch before a cue to the pacer's
 * precise wait. A terminal that turns out to be dumb gets the plain session instead.
 */
public final class AnimatedSession {
  /** Frames are drawn when the picture changes, at most this often (30 a second). */
  private static final long FRAME_NANOS = 1_000_000_000L / 30;
  /** While nothing moves (a pause) the loop still wakes this often, to follow a resized window. */
  private static final long IDLE_NANOS = 200_000_000L;
  /** Key reads time out in whole milliseconds and may wake late; the last stretch goes to the pacer. */
  private static final long PRECISE_NANOS = 2_000_000L;
  /** How long before a cue no new frame is started. */
  private static final long QUIET_NANOS = 25_000_000L;

  /** Keeps JLine from printing its own warnings (a dumb fallback is handled here, quietly). */
  private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

  private final Pacer pacer;
  private final StopRequest stop;
  private final boolean bell;
  private final Keys keys = new Keys();

  private AnimatedSession(Pacer pacer, StopRequest stop, boolean bell) {
    this.pacer = pacer;
    this.stop = stop;
    this.bell = bell;
  }

  /** Runs the session, then prints its summary to {@code out} once the terminal is restored. */
  public static SessionResult run(Pacer pacer, StopRequest stop, boolean bell, boolean colour, PrintWriter out) {
    Terminal terminal = open();
    SessionResult result;
    try {
      if (terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
        // A dumb terminal keeps the default Ctrl-C, which would kill the program before it records anything.
        Object previous = Signals.register("INT", () -> stop.request(true));
        try {
          result = new PlainSession(out).run(pacer, stop);
        } finally {
          Signals.unregister("INT", previous);
        }
      } else {
        terminal.handle(Terminal.Signal.INT, signal -> stop.request(true));
        // Suspending (Ctrl-Z) would leave the screen taken and the schedule running; space pauses instead.
        terminal.handle(Terminal.Signal.TSTP, Terminal.SignalHandler.SIG_IGN);
        SessionScreen screen =
            new SessionScreen(pacer.schedule(), colour, StandardCharsets.UTF_8.equals(terminal.encoding()));
        try (FullScreen full = FullScreen.enter(terminal)) {
          result = new AnimatedSession(pacer, stop, bell).loop(full, terminal.reader(), screen);
        }
      }
    } finally {
      close(terminal);
    }
    out.println(PlainSession.summary(result));
    out.flush();
    return result;
  }

  private static Terminal open() {
    JLINE_LOG.setLevel(Level.OFF);
    // By default JLine reads a terminal by polling it ten times a second, so a key wait could only end on a
    // tenth of a second. Blocking reads on JLine's own reading thread let it end to the millisecond instead.
    System.setProperty(TerminalBuilder.PROP_NON_BLOCKING_READS, "false");
    try {
      return TerminalBuilder.builder()
          .system(true)
          .systemOutput(TerminalBuilder.SystemOutput.SysOut)
          .dumb(true)
          .build();
    } catch (IOException e) {
      throw Failure.io("cannot use the terminal: " + e.getMessage(), e);
    }
  }

  private static void close(Terminal terminal) {
    try {
      terminal.close();
    } catch (IOException e) {
      // The session is over and its result stands; a terminal that fails to close has nothing left to say.
    }
  }

  private SessionResult loop(FullScreen full, NonBlockingReader reader, SessionScreen screen) {
    stop.attach(Thread.currentThread());
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
        long wake = Math.min(Math.min(quiet ? cue : nextFrame, keys.deadline()), cue - PRECISE_NANOS);
        switch (listen(reader, wake)) {
          case STOP -> stop.request(false);
          case PAUSE_OR_RESUME -> {
            if (pacer.paused()) {
              pacer.resume();
            } else {
              pacer.pause();
            }
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
    Size size = full.size();
    Pacer.Position at = pacer.position();
    boolean paused = pacer.paused();
    full.show(screen.render(at, paused, size.getColumns(), size.getRows()));
    long change = screen.nextChange(at, paused, size.getColumns(), size.getRows());
    return change == Long.MAX_VALUE ? change : pacer.now() + (change - at.elapsedNanos());
  }

  /** Waits until {@code wake} or a key, whichever comes first, and says what the key asks for. */
  private Keys.Action listen(NonBlockingReader reader, long wake) {
    // rounded up: a key wait may end up to a millisecond past the wake-up, never early and round again
    long millis = (wake - pacer.now() + 999_999) / 1_000_000;
    if (millis <= 0) {
      pacer.waitUntil(wake);
      return keys.idle(pacer.now());
    }
    return key(reader, millis);
  }

  private Keys.Action key(NonBlockingReader reader, long millis) {
    try {
      int c = reader.read(millis);
      if (c == NonBlockingReader.EOF) {
        // The terminal hung up: nobody is left to breathe with.
        return Keys.Action.STOP;
      }
      return c == NonBlockingReader.READ_EXPIRED ? keys.idle(pacer.now()) : keys.typed(c, pacer.now());
    } catch (InterruptedIOException e) {
      return Keys.Action.NONE;
    } catch (IOException e) {
      return Keys.Action.STOP;
    }
  }
}
