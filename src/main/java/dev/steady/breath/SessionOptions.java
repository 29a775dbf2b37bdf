package dev.steady.breath;

import dev.steady.json.JsonOut;
import dev.steady.time.DurationText;
import java.time.Duration;

/** What the user asked of a session on the command line; each part is optional (null: the plan's own). */
public record SessionOptions(Double bpm, Ratio ratio, Duration duration) {
  public static final double MIN_BPM = 2;
  public static final double MAX_BPM = 20;
  public static final Duration MIN_DURATION = Duration.ofSeconds(10);
  public static final Duration MAX_DURATION = Duration.ofMinutes(60);
  public static final SessionOptions PLAN_AS_WRITTEN = new SessionOptions(null, null, null);

  public SessionOptions {
    if (bpm != null && !(bpm >= MIN_BPM && bpm <= MAX_BPM)) {
      throw new IllegalArgumentException(
          "--bpm: expected a rate between 2 and 20 breaths a minute, found "
              + JsonOut.plain(bpm));
    }
    if (duration != null
        && (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0)) {
      throw new IllegalArgumentException(
          "--duration: expected between 10s and 60m, found " + DurationText.format(duration));
    }
  }

  /** A segment's pace as the user asked for it: the proportions first, then the rate. */
  Pace applyTo(Pace pace) {
    Pace p = ratio == null ? pace : pace.withRatio(ratio);
    return bpm == null ? p : p.atRate(bpm);
  }
}
