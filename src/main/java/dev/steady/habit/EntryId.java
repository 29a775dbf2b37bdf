package dev.steady.habit;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Stable entry ids: the recording time in base 36, then random digits, so ids sort roughly by time. */
public final class EntryId {
  private EntryId() {}

  public static String next(Instant at) {
    String time = Long.toString(at.toEpochMilli(), 36);
    String random = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
    return (time + "0000".substring(random.length()) + random).toLowerCase(Locale.ROOT);
  }
}
