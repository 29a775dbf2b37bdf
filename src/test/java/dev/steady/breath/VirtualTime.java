package dev.steady.breath;

import java.time.Duration;
import java.util.Random;

/**
 * A monotonic clock for tests on which waiting takes no real time: {@link #waitUntil} jumps the clock to the
 * deadline, plus, when made with a seed, a random wake-up jitter such as a busy machine gives.
 */
public final class VirtualTime implements TimeSource {
  private final Random random;
  private final long maxJitterNanos;
  private long now;
  private long lastJitter;
  private int waits;

  private VirtualTime(long start, Random random, long maxJitterNanos) {
    this.now = start;
    this.random = random;
    this.maxJitterNanos = maxJitterNanos;
  }

  /** Wakes exactly on time. */
  public static VirtualTime exact(long start) {
    return new VirtualTime(start, null, 0);
  }

  /** Wakes late by a random 0 to {@code maxJitter}, the same every run for the same seed. */
  public static VirtualTime jittery(long start, long seed, Duration maxJitter) {
    return new VirtualTime(start, new Random(seed), maxJitter.toNanos());
  }

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public void waitUntil(long deadline) {
    if (deadline <= now) {
      return;
    }
    lastJitter = random == null ? 0 : (long) (random.nextDouble() * maxJitterNanos);
    now = deadline + lastJitter;
    waits++;
  }

  /** Time passing without a wait (the user reading, a pause). */
  public void advance(Duration d) {
    now += d.toNanos();
  }

  /** Sets the clock to a reading, for tests that look at one moment after another. */
  public void set(long reading) {
    now = reading;
  }

  /** How late the last wait woke up. */
  public long lastJitter() {
    return lastJitter;
  }

  public int waits() {
    return waits;
  }
}
