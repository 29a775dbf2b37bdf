package dev.steady.breath;

import java.time.Duration;
import java.util.List;

/**
 * A breathing plan as the user sees it in {@code plans/}: a name (its file name), a title, why it helps, a
 * default duration and the segments that fill it.
 */
public record Plan(
    String name,
    String title,
    String description,
    Duration duration,
    List<Segment> segments,
    List<Note> notes,
    String origin) {

  public Plan {
    segments = List.copyOf(segments);
    notes = List.copyOf(notes);
  }

  /** The breaths a minute this plan starts at, for listings. */
  public double startBpm() {
    return segments.get(0).pace().breathAt(0).bpm();
  }

  /** The breaths a minute this plan ends at, for listings. */
  public double endBpm() {
    return segments.get(segments.size() - 1).pace().breathAt(1).bpm();
  }
}
