package dev.steady.habit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * From entries, settings and today's date to each habit's status. Pure: no I/O, no clock.
 *
 * <p>One pass groups the entries by habit and date; each habit then walks, oldest first, only the dates that
 * have entries plus the days its heatmap and current period need, so a ten-year log costs milliseconds and a
 * mistyped date centuries ago costs nothing. Entries of habits the settings do not name, and entries dated
 * after {@code today}, are ignored.
 */
public final class StreakEngine {
  private StreakEngine() {}

  /** One status per habit of {@code settings}, in the settings' order; the heatmap covers {@code days} days. */
  public static List<HabitStatus> statuses(List<Entry> entries, Settings settings, LocalDate today, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    Map<String, Map<LocalDate, List<Entry>>> byHabit = new HashMap<>();
    for (Habit habit : settings.habits()) {
      byHabit.put(habit.id(), new HashMap<>());
    }
    for (Entry e : entries) {
      Map<LocalDate, List<Entry>> byDate = byHabit.get(e.habit());
      if (byDate != null && !e.date().isAfter(today)) {
        byDate.computeIfAbsent(e.date(), d -> new ArrayList<>(2)).add(e);
      }
    }
    List<HabitStatus> statuses = new ArrayList<>(settings.habits().size());
    for (Habit habit : settings.habits()) {
      statuses.add(new Walk(habit, settings, today).through(byHabit.get(habit.id()), days));
    }
    return statuses;
  }

  /** One habit's walk through its dates, closing each period (day or week) as the next one begins. */
  private static final class Walk {
    private static final long NONE = Long.MIN_VALUE;

    private final Habit habit;
    private final Settings settings;
    private final LocalDate today;
    private final long weekAnchor;
    private final Streak streak = new Streak();
    private Tally tally;
    private long closed = NONE;

    Walk(Habit habit, Settings settings, LocalDate today) {
      this.habit = habit;
      this.settings = settings;
      this.today = today;
      this.weekAnchor = settings.weekOf(LocalDate.EPOCH).toEpochDay();
    }

    HabitStatus through(Map<LocalDate, List<Entry>> byDate, int days) {
      List<LocalDate> dates = new ArrayList<>(byDate.keySet());
      LocalDate firstEntry = dates.stream().min(LocalDate::compareTo).orElse(null);
      tally = Tally.of(habit, firstEntry, settings);
      LocalDate firstCell = today.minusDays(days - 1L);
      LocalDate from = start(firstCell.isAfter(today) ? today : firstCell);
      for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
        if (!byDate.containsKey(d)) {
          dates.add(d);
        }
      }
      dates.sort(null);

      List<Cell> cells = new ArrayList<>(days);
      long open = NONE;
      for (LocalDate date : dates) {
        long period = period(date);
        if (period != open) {
          if (open != NONE) {
            close(open);
          }
          tally.reset();
          open = period;
        }
        int level = tally.add(date, byDate.getOrDefault(date, List.of()));
        if (!date.isBefore(firstCell)) {
          cells.add(new Cell(date, level));
        }
      }
      close(open);
      long now = period(today);
      return new HabitStatus(
          habit, tally.met(), tally.logged(), streak.current(now), streak.best(), tally.progress(), cells);
    }

    /** Records the period's outcome; for limits, the unvisited periods since the last one were met too. */
    private void close(long period) {
      if (tally.gapsMet() && tally.tracked() != null) {
        streak.add(Math.max(closed + 1, period(tally.tracked())), period - 1);
      }
      if (tally.met()) {
        streak.add(period, period);
      }
      closed = period;
    }

    private LocalDate start(LocalDate date) {
      return habit.period() == Habit.Period.WEEK ? settings.weekOf(date) : date;
    }

    private long period(LocalDate date) {
      long day = date.toEpochDay();
      return habit.period() == Habit.Period.WEEK ? Math.floorDiv(day - weekAnchor, 7) : day;
    }
  }
}
