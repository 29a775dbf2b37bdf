package dev.steady.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.TimeZone;

/**
 * The system's clock in the system's time zone, as {@link Clock#systemDefaultZone()} is, without its cost on a
 * cold start: naming the zone makes java.time load its zone rules (all of tzdb.dat, and a search of the class
 * path for other rule providers, which opens steady's jar), some 25 ms of a quick command. Here the zone is
 * named only when asked for, and {@link #now()} takes the offset in effect from {@link TimeZone}, which reads
 * the same tzdb.
 */
public final class SystemClock extends Clock {
  private volatile ZoneId zone;

  @Override
  public ZoneId getZone() {
    ZoneId named = zone;
    if (named == null) {
      named = ZoneId.systemDefault();
      zone = named;
    }
    return named;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return Clock.system(other);
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }

  @Override
  public Instant instant() {
    return Clock.systemUTC().instant();
  }

  /**
   * Now, at the offset the system's time zone has now: the same date, time of day, instant and offset as
   * {@code ZonedDateTime.now(Clock.systemDefaultZone())} gives.
   */
  public ZonedDateTime now() {
    return at(instant(), TimeZone.getDefault());
  }

  /** {@code instant} at the offset {@code zone} has then. */
  static ZonedDateTime at(Instant instant, TimeZone zone) {
    return ZonedDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(zone.getOffset(instant.toEpochMilli()) / 1000));
  }
}
