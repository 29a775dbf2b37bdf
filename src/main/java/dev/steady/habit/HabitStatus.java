package dev.steady.habit;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a habit stands on a given day.
 *
 * @param met whether the current day or week is met
 * @param logged whether the current day or week has any entry for the habit (rests aside)
 * @param rested whether the current day or week counts as rested: it neither breaks nor extends the streak
 * @param current the current streak in days or weeks (an unfinished period does not break it)
 * @param best the longest streak ever
 * @param cells the heatmap, oldest day first
 * @param strength Loop Habit Tracker's habit score, 0 to 1 (see {@link Strength})
 * @param restDays the days rested in the 30 days ending today
 * @param runs the latest run of met periods and what broke the one before it
 */
public record HabitStatus(
    Habit habit,
    boolean met,
    boolean logged,
    boolean rested,
    int current,
    int best,
    Progress progress,
    List<Cell> cells,
    double strength,
    int restDays,
    Runs runs) {
  public HabitStatus {
    cells = List.copyOf(cells);
  }

  /** A status with no rest days, no strength and no runs told (for what needs only the period's state). */
  public HabitStatus(Habit habit, boolean met, boolean logged, int current, int best, Progress progress, List<Cell> cells) {
    this(habit, met, logged, false, current, best, progress, cells, 0, 0, Runs.NONE);
  }

  /**
   * The latest run of met days or weeks, each named by its first day, and the one before it.
   *
   * @param first the first period of the latest run, or null when no period was ever met
   * @param last the last met period of the latest run
   * @param ended the period that ended the latest run, or null while it goes on (it is the current streak)
   * @param broke the period that broke the run before the latest one, or null when there was none
   * @param before the length of the run before the latest one
   */
  public record Runs(LocalDate first, LocalDate last, LocalDate ended, LocalDate broke, int before) {
    public static final Runs NONE = new Runs(null, null, null, null, 0);
  }
}
