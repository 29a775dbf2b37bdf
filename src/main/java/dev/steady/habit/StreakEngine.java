package dev.steady.habit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * From entries, settings and today's date to each habit's status. Pure: no I/O, no clock.
 *
 * <p>One pass groups the entries by habit; each habit then walks its entries by date, visiting only the dates
 * that have entries plus the days its heatmap and current period need, so a ten-year log costs milliseconds
 * and a mistyped date centuries ago costs nothing. Entries of habits the settings do not name, and entries dated
 * after {@code today}, are ignored.
 */
public final class StreakEngine {
  private StreakEngine() {}

  /** One status per habit of {@code settings}, in the settings' order; the heatmap covers {@code days} days. */
  public static List<HabitStatus> statuses(List<Entry> entries, Settings settings, LocalDate today, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    Map<String, List<Entry>> byHabit = new HashMap<>();
    for (Habit habit : settings.habits()) {
      byHabit.put(habit.id(), new ArrayList<>());
    }
    for (Entry e : entries) {
      List<Entry> mine = byHabit.get(e.habit());
      if (mine != null && !e.date().isAfter(today)) {
        mine.add(e);
      }
    }
    List<HabitStatus> statuses = new ArrayList<>(settings.habits().size());
    for (Habit habit : settings.habits()) {
      List<Entry> mine = byHabit.get(habit.id());
      // a stable sort keeps the log's order within a day; on a log kept oldest first it is one linear pass
      mine.sort(BY_DATE);
      statuses.add(new Walk(habit, settings, today).through(mine, days));
    }
    return statuses;
  }

  private static final Comparator<Entry> BY_DATE = Comparator.comparing(Entry::date);

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

    /**
     * Visits, oldest first, every date of {@code sorted} and every day from the start of the heatmap's first
     * period to today, each once with its entries (possibly none).
     */
    HabitStatus through(List<Entry> sorted, int days) {
      tally = Tally.of(habit, sorted.isEmpty() ? null : sorted.get(0).date(), settings);
      LocalDate firstCell = today.minusDays(days - 1L);
      LocalDate dense = start(firstCell.isAfter(today) ? today : firstCell);
      List<Cell> cells = new ArrayList<>(days);
      long open = NONE;
      int i = 0;
      while (i < sorted.size() || !dense.isAfter(today)) {
        boolean entryFirst = i < sorted.size() && (dense.isAfter(today) || sorted.get(i).date().isBefore(dense));
        LocalDate date = entryFirst ? sorted.get(i).date() : dense;
        int j = i;
        while (j < sorted.size() && sorted.get(j).date().equals(date)) {
          j++;
        }
        long period = period(date);
        if (period != open) {
          if (open != NONE) {
            close(open);
          }
          tally.reset();
          open = period;
        }
        int level = tally.add(date, sorted.subList(i, j));
        if (!date.isBefore(firstCell)) {
          cells.add(new Cell(date, level));
        }
        i = j;
        if (!entryFirst) {
          dense = dense.plusDays(1);
        }
      }
      close(open);
      long now = period(today);
      return new HabitStatus(
          habit, tally.met(), tally.logged(), streak.current(now), streak.best(), tally.progress(), cells);
    }

    /** Records the period's outcome; for limits, the unvisited periods since the last one were met too. */
    private void close(long period) {
      if (tally.emptyMetFrom() != null) {
        streak.add(Math.max(closed + 1, period(tally.emptyMetFrom())), period - 1);
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
