package dev.steady.habit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The log as the habit reviews read it: the weeks closed before some day, and the entries from that day on, in
 * the order they were recorded. A review that needs no day before the boundary gives the same answer from
 * this as from every entry.
 */
public record HabitLog(ClosedWeeks closed, List<Entry> since) {
  public HabitLog {
    since = List.copyOf(since);
  }

  /** Every entry, nothing closed. */
  public static HabitLog of(List<Entry> entries) {
    return new HabitLog(ClosedWeeks.NONE, entries);
  }

  /**
   * The same log with the weeks before {@code boundary} (a week's first day, no earlier than the weeks closed
   * already) closed, and the entries from it on.
   */
  public HabitLog closedTo(Settings settings, LocalDate boundary) {
    List<Entry> later = new ArrayList<>();
    for (Entry e : since) {
      if (!e.date().isBefore(boundary)) {
        later.add(e);
      }
    }
    return new HabitLog(StreakEngine.close(this, settings, boundary), later);
  }

  /** Whether this serves a review whose earliest day is {@code day}: nothing it needs lies in the closed weeks. */
  public boolean serves(LocalDate day) {
    return closed.boundary() == null || !closed.boundary().isAfter(day);
  }
}
