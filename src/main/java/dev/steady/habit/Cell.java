package dev.steady.habit;

import java.time.LocalDate;

/**
 * One day of a habit's heatmap.
 *
 * @param level {@link #NONE}, {@link #SOME} (entries that did not reach the day's minimum) or {@link #MET}.
 *     For week habits a day is {@code MET} when it reached the daily minimum ({@code weekly-days}), when the
 *     week had reached its target by then ({@code weekly-distinct}), or, for a limit, on every day from its
 *     first week on while the week's count so far stays within it ({@code SOME} once passed).
 */
public record Cell(LocalDate date, int level) {
  public static final int NONE = 0;
  public static final int SOME = 1;
  public static final int MET = 2;
}
