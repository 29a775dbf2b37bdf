package dev.steady.habit;

import java.util.List;

/**
 * Where a habit stands on a given day.
 *
 * @param met whether the current day or week is met
 * @param logged whether the current day or week has any entry for the habit
 * @param current the current streak in days or weeks (an unfinished period does not break it)
 * @param best the longest streak ever
 * @param cells the heatmap, oldest day first
 */
public record HabitStatus(
    Habit habit, boolean met, boolean logged, int current, int best, Progress progress, List<Cell> cells) {
  public HabitStatus {
    cells = List.copyOf(cells);
  }
}
