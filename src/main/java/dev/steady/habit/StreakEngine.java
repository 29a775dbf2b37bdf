package dev.steady.habit;

import java.time.LocalDate;
import java.util.List;

/** From entries, settings and today's date to each habit's status. Pure: no I/O, no clock. */
public final class StreakEngine {
  private StreakEngine() {}

  /** One status per habit of {@code settings}, in the settings' order; the heatmap covers {@code days} days. */
  public static List<HabitStatus> statuses(List<Entry> entries, Settings settings, LocalDate today, int days) {
    throw new UnsupportedOperationException("the streak engine lands with issue 3");
  }
}
