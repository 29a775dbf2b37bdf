package dev.steady.habit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a log's entries before {@code boundary}, the first day of a week, add up to: for each habit, the state
 * its walk through them reached ({@link StreakEngine#close}), and the different items it had seen (letter case
 * folded), so that a review of a later week can tell which items are new; and the log's first day when it lies
 * before {@code boundary}. Those weeks are closed: nothing logged for a later day changes them.
 *
 * @param boundary the first day after the closed weeks, or null when none are closed
 * @param logStart the day of the log's first entry (of any habit) when that is before {@code boundary}, else null
 * @param walks each habit's walk state, by id, as only {@link StreakEngine} reads it
 * @param items each habit's items seen before {@code boundary}, by id, sorted
 */
public record ClosedWeeks(LocalDate boundary, LocalDate logStart, Map<String, byte[]> walks, Map<String, List<String>> items) {
  /** No weeks closed: a walk starts from nothing. */
  public static final ClosedWeeks NONE = new ClosedWeeks(null, null, Map.of(), Map.of());

  public ClosedWeeks {
    walks = Map.copyOf(walks);
    items = Map.copyOf(items);
  }
}
