package dev.steady.habit;

import java.time.LocalDate;

/**
 * One day of a habit's heatmap.
 *
 * @param level {@link #NONE}, {@link #SOME} (entries that did not reach the day's minimum), {@link #MET},
 *     {@link #RESTED} (a rest day not met anyway) or {@link #OVER}. For week habits a day is {@code MET} when
 *     it reached the daily minimum ({@code weekly-days}) or when the week had reached its target by then
 *     ({@code weekly-distinct}). For a limit, from its first week on, a day without entries is {@code MET}
 *     while the week's count so far stays within it, a day with entries is {@code SOME} while the count stays
 *     within it and {@code OVER} once it has passed it, and a day without entries in a week already over is
 *     {@code NONE}.
 */
public record Cell(LocalDate date, int level) {
  public static final int NONE = 0;
  public static final int SOME = 1;
  public static final int MET = 2;
  public static final int RESTED = 3;
  public static final int OVER = 4;

  /** The level's name in JSON: {@code none}, {@code some}, {@code met}, {@code rested}, {@code over}. */
  public String word() {
    return switch (level) {
      case SOME -> "some";
      case MET -> "met";
      case RESTED -> "rested";
      case OVER -> "over";
      default -> "none";
    };
  }
}
