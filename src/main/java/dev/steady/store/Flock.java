package dev.steady.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
 */
final class Flock implements AutoCloseable {
  private static final String LOCKED = "locked";
  private static final int TIMED_OUT = 1;

  private final Process child;

  private Flock(Process child) {
    this.child = child;
  }

  /**
   * Takes the lock, waiting for another holder until {@code deadline} (of {@link System#nanoTime()}); null when
   * the time ran out.
   */
  static Flock take(Path file, long deadline) throws IOException {
    ProcessBuilder command =
        new ProcessBuilder(
                "flock", "-w", seconds(Math.max(0, deadline - System.nanoTime())), file.toString(),
                "/bin/sh", "-c", "echo " + LOCKED + "; read -r line")
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    Process child;
    try {
      child = command.start();
    } catch (IOException noFlock) {
      return new Flock(null);
    }
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII));
      if (LOCKED.equals(out.readLine())) {
        return new Flock(child);
      }
      int status = child.waitFor();
      if (status == TIMED_OUT) {
        return null;
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
