package dev.steady.habit;

import java.time.LocalDate;

/**
 * One day of a habit's heatmap.
 *
 * @param level {@link #NONE}, {@link #SOME} (entries that did not reach the day's minimum) or {@link #MET}
 */
public record Cell(LocalDate date, int level) {
  public static final int NONE = 0;
  public static final int SOME = 1;
  public static final int MET = 2;
}
