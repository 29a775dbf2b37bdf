package dev.steady.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A BSD lock ({@code flock(2)}) on a file, which Java cannot take itself: it is held by a child process,
 * {@code flock(1)} running a shell that waits for its input to end. Closing that input, or this process
 * dying (the system closes it then), ends the child and so drops the lock; a crash never leaves it held.
 * Where {@code flock(1)} is not installed (it is part of util-linux, on every Linux), there is nothing to
 * hold and the POSIX lock of {@link LogLock} stands alone.
 *
 * <p>The child is a shell that first waits for the word to go (how long flock(1) may wait), so that it can be
 * started {@link Ahead ahead} of the lock: starting a process costs a cold JVM some 20 ms, which a writer can
 * spend on other work while it starts, and the BSD lock is still taken only after the POSIX one.
 */
final class Flock implements AutoCloseable {
  private static final String LOCKED = "locked";
  /** flock(1)'s status when its wait ran out. */
  private static final int TIMED_OUT = 1;
  /** The shell's status when there is no flock(1) to run. */
  private static final int NO_FLOCK = 3;
  /**
   * Run as {@code sh -c SCRIPT FILE} (the file is {@code $0}, never part of the script's text): waits for the
   * word to go, opens the file (never creating it: the POSIX lock's holder has made it) and has flock(1) lock
   * that open file, which the shell goes on holding after flock(1) exits, as flock(1)'s own manual shows.
   */
  private static final String SCRIPT =
      "read -r wait || exit 1\n"
          + "command -v flock >/dev/null 2>&1 || exit " + NO_FLOCK + "\n"
          + "exec 9<\"$0\" || exit 4\n"
          + "flock -w \"$wait\" 9 || exit $?\n"
          + "echo " + LOCKED + "\n"
          + "read -r line\n";

  private final Process child;

  private Flock(Process child) {
    this.child = child;
  }

  /**
   * A child started, on a second thread, for the lock on {@code file}, waiting for the word to go; unused, it is
   * {@link #close closed} and ends without locking anything.
   */
  static final class Ahead implements AutoCloseable {
    private final Path file;
    private final Thread thread;
    private Process child;
    private IOException failed;

    Ahead(Path file) {
      this.file = file;
      thread = new Thread(this::start, "steady-flock");
      thread.setDaemon(true);
      thread.start();
    }

    private void start() {
      try {
        child = new ProcessBuilder("/bin/sh", "-c", SCRIPT, file.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
      } catch (IOException e) {
        failed = e;
      }
    }

    Path file() {
      return file;
    }

    /** The child, once started; null when no child could be started. */
    private Process child() throws IOException {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while starting flock(1) for " + file, e);
      }
      return failed == null ? child : null;
    }

    /** Lets an unused child go: its input ends before the word to go, so it locks nothing. */
    @Override
    public void close() {
      try {
        Process unused = child();
        if (unused != null) {
          unused.getOutputStream().close();
        }
      } catch (IOException e) {
        // it ends with this process at the latest, having locked nothing
      }
    }
  }

  /**
   * Takes the lock, waiting for another holder until {@code deadline} (of {@link System#nanoTime()}); null when
   * the time ran out. {@code ahead}, when it is for this file, is the child to use; else one is started now.
   */
  static Flock take(Path file, long deadline, Ahead ahead) throws IOException {
    Ahead mine = ahead != null && ahead.file().equals(file) ? ahead : new Ahead(file);
    if (mine != ahead && ahead != null) {
      ahead.close();
    }
    Process child = mine.child();
    if (child == null) {
      return new Flock(null); // no shell to start: as without flock(1)
    }
    try {
      OutputStream in = child.getOutputStream();
      in.write((seconds(Math.max(0, deadline - System.nanoTime())) + "\n").getBytes(StandardCharsets.US_ASCII));
      in.flush();
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII));
      if (LOCKED.equals(out.readLine())) {
        return new Flock(child);
      }
      int status = child.waitFor();
      if (status == TIMED_OUT) {
        return null;
      }
      if (status == NO_FLOCK) {
        return new Flock(null);
      }
      throw new IOException("flock(1) could not lock " + file + " (exit status " + status + ")");
    } catch (InterruptedException e) {
      child.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the lock on " + file, e);
    } catch (IOException | RuntimeException e) {
      child.destroy();
      throw e;
    }
  }

  /**
   * flock(1)'s wait in seconds to the millisecond, e.g. {@code 4.999}. Not {@code String.format}, which loads the
   * locale's number symbols (about a hundred classes) on every {@code log}.
   */
  static String seconds(long nanos) {
    return BigDecimal.valueOf(nanos / 1_000_000, 3).toPlainString();
  }

  /** Lets go: the child ends when its input does, and this waits for it, so the lock is free on return. */
  @Override
  public void close() throws IOException {
    if (child == null) {
      return;
    }
    child.getOutputStream().close();
    try {
      if (!child.waitFor(2, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    } catch (InterruptedException e) {
      child.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
