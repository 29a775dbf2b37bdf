package dev.steady.breath;

import java.util.concurrent.locks.LockSupport;

/** A monotonic clock that can also wait; tests pass a virtual one so sessions run in no real time. */
public interface TimeSource {
  long nanoTime();

  /**
   * Waits until the clock reads at least {@code deadline}, or returns early when the thread is interrupted
   * (the caller then checks why).
   */
  void waitUntil(long deadline);

  TimeSource SYSTEM =
      new TimeSource() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void waitUntil(long deadline) {
          for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            if (Thread.currentThread().isInterrupted()) {
              return;
            }
            LockSupport.parkNanos(left);
          }
        }
      };
}
