package dev.steady.store;

import dev.steady.failure.Failure;
import dev.steady.json.FileBytes;
import dev.steady.time.DurationText;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive lock that every writer of the log holds on {@code log.json.lock} beside it (beside the file a
 * link points to), dropped by the system when a process dies, so a crash never leaves the log locked. The lock
 * file itself is never deleted: a writer that deleted it could let the next two lock two different files.
 *
 * <p>It is two locks, taken in this order, so that both kinds of tool a script may use are excluded: a POSIX
 * record lock ({@code fcntl}, Java's {@link FileChannel#lock}; {@code lockf} and Python's {@code
 * fcntl.lockf} take these), and a BSD lock ({@code flock(2)}, which {@code flock(1)} takes). Linux keeps the
 * two apart, and Java can take only the first, so the second is held by a child process, {@link Flock}, for
 * as long as the lock is held.
 *
 * <p>Threads of one process queue on an in-process lock first. The system's lock belongs to the process, and
 * closing any channel to the file drops it, so a second thread that opened the file while the first held the
 * lock could, on giving up, unlock the file for every other process; one thread at a time at the file
 * prevents that.
 */
final class LogLock implements AutoCloseable {
  private static final long LONGEST_NAP_MILLIS = 25;
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private final ReentrantLock inProcess;
  private final FileChannel channel;
  private final Flock flock;

  private LogLock(ReentrantLock inProcess, FileChannel channel, Flock flock) {
    this.inProcess = inProcess;
    this.channel = channel;
    this.flock = flock;
  }

  /** The lock file beside the log: {@code log.json.lock}. */
  static Path fileFor(Path log) {
    return log.resolveSibling(log.getFileName() + ".lock");
  }

  /**
   * Takes the lock, waiting up to {@code timeout} for another holder, in this process or another, to let go;
   * past that the log is busy (exit 75).
   */
  static LogLock take(Path log, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Path lockFile = fileFor(log).toAbsolutePath().normalize();
    IN_PROCESS.putIfAbsent(lockFile, new ReentrantLock());
    ReentrantLock inProcess = IN_PROCESS.get(lockFile);
    try {
      if (!inProcess.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy(log, timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(log);
    }
    try {
      // a FIFO would hold the open below until some process opened it to read: never wait on one
      FileBytes.requireRegularIfPresent(lockFile, "the lock file");
      boolean created = Files.notExists(lockFile);
      FileChannel channel =
          FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), AtomicFile.OWNER_ONLY);
      try {
        if (created) {
          AtomicFile.keepOwnership(lockFile, lockFile.resolveSibling(log.getFileName()), lockFile.getParent());
        }
        waitFor(channel, log, timeout, deadline);
        Flock flock = Flock.take(lockFile, deadline);
        if (flock == null) {
          throw busy(log, timeout);
        }
        return new LogLock(inProcess, channel, flock);
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      inProcess.unlock();
      throw e;
    }
  }

  private static void waitFor(FileChannel channel, Path log, Duration timeout, long deadline) throws IOException {
    long nap = 1;
    while (!tryLock(channel)) {
      if (System.nanoTime() - deadline >= 0) {
        throw busy(log, timeout);
      }
      try {
        Thread.sleep(nap);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(log);
      }
      nap = Math.min(nap * 2, LONGEST_NAP_MILLIS);
    }
  }

  /** Whether the lock was free; held through another path to the same file by this process, it was not. */
  private static boolean tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock() != null;
    } catch (OverlappingFileLockException heldByThisProcess) {
      return false;
    }
  }

  private static Failure busy(Path log, Duration timeout) {
    return Failure.busy(
        log + ": the log is busy: another process (steady, or a script locking it) has held " + fileFor(log)
            + " for over " + DurationText.format(timeout) + "; try again");
  }

  private static Failure interrupted(Path log) {
    return Failure.busy(log + ": interrupted while waiting for the log's lock; nothing was written");
  }

  /** Closing the channel lets go of the system's lock; then the next thread of this process may go. */
  @Override
  public void close() throws IOException {
    try {
      flock.close();
      channel.close();
    } finally {
      inProcess.unlock();
    }
  }
}
