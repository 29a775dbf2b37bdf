package dev.steady.term;

import dev.steady.failure.Failure;
import java.io.IOError;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Opening, raw mode and closing of the terminal a session runs in, shared by the animated and plain screens. */
final class SystemTerminal {
  /** Keeps JLine from printing its own warnings (a dumb fallback is handled by the callers, quietly). */
  private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

  private SystemTerminal() {}

  /** @param output where the terminal is: stdout for the animation; stdout or stderr for a plain session's keys */
  static Terminal open(TerminalBuilder.SystemOutput output) {
    JLINE_LOG.setLevel(Level.OFF);
    // By default JLine reads a terminal by polling it ten times a second, so a key wait could only end on a
    // tenth of a second. Blocking reads on JLine's own reading thread let it end to the millisecond instead.
    System.setProperty(TerminalBuilder.PROP_NON_BLOCKING_READS, "false");
    try {
      return TerminalBuilder.builder().system(true).systemOutput(output).dumb(true).build();
    } catch (IOException e) {
      throw Failure.io("cannot use the terminal: " + e.getMessage(), e);
    }
  }

  static boolean dumb(Terminal terminal) {
    return terminal.getType().startsWith(Terminal.TYPE_DUMB);
  }

  /**
   * Raw keys, not echoed; returns the modes to restore. Raw mode returns from a read after a tenth of a second
   * without a key (VTIME 1), which a blocking reader would take for the end of input: wait for a key instead.
   */
  static Attributes raw(Terminal terminal) {
    Attributes saved = terminal.enterRawMode();
    Attributes raw = terminal.getAttributes();
    raw.setControlChar(Attributes.ControlChar.VMIN, 1);
    raw.setControlChar(Attributes.ControlChar.VTIME, 0);
    terminal.setAttributes(raw);
    return saved;
  }

  static void close(Terminal terminal) {
    try {
      terminal.close();
    } catch (IOException | IOError e) {
      // The session is over and its result stands; a terminal that fails to close (hung up) has nothing left to say.
    }
  }

  /** Gives back the modes {@link #raw} saved; a terminal that hung up meanwhile has none to restore. */
  static void restore(Terminal terminal, Attributes saved) {
    try {
      terminal.setAttributes(saved);
    } catch (IOError e) {
      // the terminal is gone (JLine reports a failed tcsetattr as an IOError)
    }
  }
}
