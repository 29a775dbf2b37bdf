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
 * <p>One pass hands each entry to its habit's walk; each walk then goes through its entries by date, visiting
 * only the dates that have entries plus the days its heatmap and current period need, so a ten-year log costs
 * milliseconds and a mistyped date centuries ago costs nothing. Entries of habits the settings do not name, and
 * entries dated after {@code today}, are ignored.
 *
 * <p>The work for one entry and for one date each sits in a method of its own. A command runs once, on a cold
 * JVM whose client compiler compiles a method after some hundred calls but never a long loop inside a method
 * called once: so the loops here only call, and what they call is soon compiled.
 */
public final class StreakEngine {
  private StreakEngine() {}

  /** One status per habit of {@code settings}, in the settings' order; the heatmap covers {@code days} days. */
  public static List<HabitStatus> statuses(List<Entry> entries, Settings settings, LocalDate today, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    Map<String, Walk> walks = new HashMap<>();
    for (Habit habit : settings.habits()) {
      walks.put(habit.id(), new Walk(habit, settings, today));
    }
    // over an array, so that this loop, which is never compiled, does one call an entry
    for (Entry e : entries.toArray(new Entry[0])) {
      take(walks, e);
    }
    List<HabitStatus> statuses = new ArrayList<>(settings.habits().size());
    for (Habit habit : settings.habits()) {
      statuses.add(walks.get(habit.id()).status(days));
    }
    return statuses;
  }

  private static void take(Map<String, Walk> walks, Entry e) {
    Walk walk = walks.get(e.habit());
    if (walk != null) {
      walk.take(e);
    }
  }

  /** One habit's walk through its dates, closing each period (day or week) as the next one begins. */
  private static final class Walk {
    private static final long NONE = Long.MIN_VALUE;

    private final Habit habit;
    private final Settings settings;
    private final LocalDate today;
    private final long weekAnchor;
    private final Streak streak = new Streak();
    private final List<Entry> entries = new ArrayList<>();
    /** Whether {@link #entries} are in date order, as a log kept oldest first is: then it needs no sort. */
    private boolean ordered = true;
    private Tally tally;
    private long closed = NONE;
    private long open = NONE;
    private List<Cell> cells;
    private LocalDate firstCell;
    /** The next day that must be visited with or without entries, and the next entry to visit. */
    private LocalDate dense;
    private int next;

    Walk(Habit habit, Settings settings, LocalDate today) {
      this.habit = habit;
      this.settings = settings;
      this.today = today;
      this.weekAnchor = settings.weekOf(LocalDate.EPOCH).toEpochDay();
    }

    void take(Entry e) {
      if (e.date().isAfter(today)) {
        return;
      }
      if (!entries.isEmpty() && e.date().isBefore(entries.get(entries.size() - 1).date())) {
        ordered = false;
      }
      entries.add(e);
    }

    /**
     * Visits, oldest first, every date of the entries and every day from the start of the heatmap's first
     * period to today, each once with its entries (possibly none).
     */
    HabitStatus status(int days) {
      if (!ordered) {
        // a stable sort keeps the log's order within a day
        entries.sort(Comparator.comparing(Entry::date));
      }
      tally = Tally.of(habit, entries.isEmpty() ? null : entries.get(0).date(), settings);
      firstCell = today.minusDays(days - 1L);
      dense = start(firstCell.isAfter(today) ? today : firstCell);
      cells = new ArrayList<>(days);
      while (visitNextDate()) {
        // one call a date, as this loop is never compiled
      }
      close(open);
      long now = period(today);
      return new HabitStatus(
          habit, tally.met(), tally.logged(), streak.current(now), streak.best(), tally.progress(), cells);
    }

    /** Visits the next date, whose day there always is, and tells whether another one follows. */
    private boolean visitNextDate() {
      boolean entryFirst =
          next < entries.size() && (dense.isAfter(today) || entries.get(next).date().isBefore(dense));
      LocalDate date = entryFirst ? entries.get(next).date() : dense;
      int end = next;
      while (end < entries.size() && entries.get(end).date().equals(date)) {
        end++;
      }
      long period = period(date);
      if (period != open) {
        if (open != NONE) {
          close(open);
        }
        tally.reset();
        open = period;
      }
      int level = tally.add(date, entries.subList(next, end));
      if (!date.isBefore(firstCell)) {
        cells.add(new Cell(date, level));
      }
      next = end;
      if (!entryFirst) {
        dense = dense.plusDays(1);
      }
      return next < entries.size() || !dense.isAfter(today);
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
