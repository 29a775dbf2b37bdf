package dev.steady.term;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Curses;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The terminal while a session owns it: raw keys, hidden cursor, the alternate screen, and frames redrawn by
 * difference. Leaving restores all of it, exactly once, whichever way comes first: the session's own end or
 * the shutdown hook (SIGTERM), since JLine itself restores only the terminal's modes.
 */
final class FullScreen implements AutoCloseable {
  private final Terminal terminal;
  private final Attributes saved;
  private final Display display;
  private final Thread hook;
  private final byte[] leave;
  private boolean open = true;
  private List<AttributedString> shown;
  private Size size;
  private volatile boolean resized = true;

  private FullScreen(Terminal terminal) {
    this.terminal = terminal;
    this.saved = SystemTerminal.raw(terminal);
    this.leave = (sequence(terminal, Capability.cursor_normal) + sequence(terminal, Capability.exit_ca_mode))
        .getBytes(charset(terminal));
    this.hook = new Thread(this::close, "steady-restore-terminal");
    Runtime.getRuntime().addShutdownHook(hook);
    terminal.handle(Terminal.Signal.WINCH, signal -> resized = true);
    terminal.puts(Capability.enter_ca_mode);
    terminal.puts(Capability.cursor_invisible);
    terminal.flush();
    this.display = new Display(terminal, true);
  }

  static FullScreen enter(Terminal terminal) {
    return new FullScreen(terminal);
  }

  /** The screen's size now; after the window was resized, the next rows shown are drawn afresh. */
  synchronized Size size() {
    if (resized || size == null) {
      resized = false;
      size = terminal.getSize();
      shown = null;
      display.resize(size.getRows(), size.getColumns());
      display.clear();
    }
    return size;
  }

  boolean resized() {
    return resized;
  }

  /** Shows these rows; the very list shown last time costs no redraw at all. */
  synchronized void show(List<AttributedString> rows) {
    if (open && rows != shown) {
      shown = rows;
      display.update(rows, 0); // and flushes
    }
  }

  synchronized void bell() {
    if (open) {
      terminal.puts(Capability.bell);
      terminal.flush();
    }
  }

  @Override
  public synchronized void close() {
    if (!open) {
      return;
    }
    open = false;
    try {
      terminal.flush();
    } catch (RuntimeException | IOError e) {
      // the terminal may already be closed by JLine's own shutdown hook; the bytes below still reach it
    }
    try {
      OutputStream tty = new FileOutputStream(FileDescriptor.out);
      tty.write(leave);
      tty.flush();
    } catch (IOException e) {
      // nothing more can be done for a terminal that is gone
    }
    try {
      terminal.setAttributes(saved);
    } catch (RuntimeException | IOError e) {
      // as above: JLine restores the modes itself when it closes first; a hung-up terminal (IOError) has none
    }
    if (Thread.currentThread() != hook) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook runs and finds the screen restored
      }
    }
  }

  private static String sequence(Terminal terminal, Capability capability) {
    String s = terminal.getStringCapability(capability);
    return s == null ? "" : Curses.tputs(s);
  }

  private static Charset charset(Terminal terminal) {
    Charset c = terminal.encoding();
    return c == null ? Charset.defaultCharset() : c;
  }
}
