package dev.steady.store;

import dev.steady.failure.Failure;
import dev.steady.time.DurationText;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;

/**
 * The exclusive lock that every writer of the log holds: an operating-system lock on {@code log.json.lock},
 * shared by all steady processes and dropped by the system when a process dies, so a crash never leaves the
 * log locked. The lock file itself is never deleted: a writer that deleted it could let the next two lock
 * two different files.
 */
final class LogLock implements AutoCloseable {
  private static final long LONGEST_NAP_MILLIS = 25;

  private final FileChannel channel;

  private LogLock(FileChannel channel) {
    this.channel = channel;
  }

  /**
   * Takes the lock, waiting up to {@code timeout} for another holder to let go; past that the log is busy
   * (exit 75). Another thread of this process holding it counts as another holder.
   */
  static LogLock take(Path log, Duration timeout) throws IOException {
    Path lockFile = fileFor(log);
    FileChannel channel =
        FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), AtomicFile.OWNER_ONLY);
    try {
      waitFor(channel, log, timeout);
      return new LogLock(channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The lock file beside the log: {@code log.json.lock}. */
  static Path fileFor(Path log) {
    return log.resolveSibling(log.getFileName() + ".lock");
  }

  private static void waitFor(FileChannel channel, Path log, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long nap = 1;
    while (!tryLock(channel)) {
      if (System.nanoTime() - deadline >= 0) {
        throw Failure.busy(
            log + ": the log is busy: another steady process has held " + fileFor(log).getFileName()
                + " for over " + DurationText.format(timeout) + "; try again");
      }
      try {
        Thread.sleep(nap);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw Failure.busy(log + ": interrupted while waiting for the log's lock; nothing was written");
      }
      nap = Math.min(nap * 2, LONGEST_NAP_MILLIS);
    }
  }

  private static boolean tryLock(FileChannel channel) throws IOException {
    try {
      FileLock lock = channel.tryLock();
      return lock != null;
    } catch (OverlappingFileLockException heldByThisProcess) {
      return false;
    }
  }

  /** Closing the channel lets go of the lock. */
  @Override
  public void close() throws IOException {
    channel.close();
  }
}
