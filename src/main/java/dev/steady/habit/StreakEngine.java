package dev.steady.habit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 *
 * <p>A walk may also start from {@link ClosedWeeks}, the state it had reached at a week's first day, and walk
 * only the entries from that day on: it then ends exactly as the walk over every entry, since the days before
 * that week are visited only for their entries, whatever today and the heatmap's length are, as long as the
 * week begins no later than {@link #earliest} (ClosedWeeksTest holds the two to the same output).
 */
public final class StreakEngine {
  private StreakEngine() {}

  /** One status per habit of {@code settings}, in the settings' order; the heatmap covers {@code days} days. */
  public static List<HabitStatus> statuses(List<Entry> entries, Settings settings, LocalDate today, int days) {
    return statuses(HabitLog.of(entries), settings, today, days);
  }

  /**
   * As {@link #statuses(List, Settings, LocalDate, int)}, from the closed weeks and the entries since; their
   * first day must be no later than {@link #earliest} of {@code today} and {@code days}.
   */
  public static List<HabitStatus> statuses(HabitLog log, Settings settings, LocalDate today, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    ClosedWeeks closed = log.closed();
    if (closed.boundary() != null && closed.boundary().isAfter(earliest(settings, today, days))) {
      throw new IllegalArgumentException("closed weeks up to " + closed.boundary() + " are too late for " + today);
    }
    Map<String, Walk> walks = new HashMap<>();
    for (Habit habit : settings.habits()) {
      Walk walk = new Walk(habit, settings, today);
      byte[] state = closed.walks().get(habit.id());
      if (state != null) {
        walk.resume(state);
      }
      walks.put(habit.id(), walk);
    }
    long logStart = closed.logStart() == null ? Long.MAX_VALUE : closed.logStart().toEpochDay();
    long last = today.toEpochDay();
    long boundary = closed.boundary() == null ? Long.MIN_VALUE : closed.boundary().toEpochDay();
    // over an array, so that this loop, which is never compiled, does one call an entry
    for (Entry e : log.since().toArray(new Entry[0])) {
      if (e.date().toEpochDay() < boundary) {
        throw new IllegalArgumentException("an entry of " + e.date() + " is within the closed weeks");
      }
      logStart = take(walks, e, logStart, last);
    }
    LocalDate start = logStart == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(logStart);
    List<HabitStatus> statuses = new ArrayList<>(settings.habits().size());
    for (Habit habit : settings.habits()) {
      statuses.add(walks.get(habit.id()).status(days, start));
    }
    return statuses;
  }

  /**
   * The first day of the week holding the earliest day that a walk to {@code today} with a heatmap of {@code days}
   * days visits day by day: the heatmap's first day, today, or the first of the days over which rest days are
   * counted. Closed weeks up to it serve that walk.
   */
  public static LocalDate earliest(Settings settings, LocalDate today, int days) {
    long back = Math.max(Math.max(days - 1L, 0), RestDays.WINDOW - 1L);
    return settings.weekOf(today.minusDays(back));
  }

  /**
   * What the entries before {@code boundary}, the first day of a week, add up to: each habit's walk through them
   * (the day habits' and week habits' periods all closed), the log's first day, and the items each habit had
   * seen. Entries from {@code boundary} on are passed over.
   */
  public static ClosedWeeks close(List<Entry> entries, Settings settings, LocalDate boundary) {
    return close(HabitLog.of(entries), settings, boundary);
  }

  /**
   * Closes more weeks: what {@code log}'s closed weeks and its entries before {@code boundary} add up to, the same
   * as closing them all at once from every entry.
   */
  public static ClosedWeeks close(HabitLog log, Settings settings, LocalDate boundary) {
    ClosedWeeks closed = log.closed();
    if (!settings.weekOf(boundary).equals(boundary)) {
      throw new IllegalArgumentException(boundary + " is not the first day of a week");
    }
    if (closed.boundary() != null && closed.boundary().isAfter(boundary)) {
      throw new IllegalArgumentException("weeks up to " + closed.boundary() + " are closed already");
    }
    LocalDate dayBefore = boundary.minusDays(1);
    Map<String, Walk> walks = new HashMap<>();
    // items as read (the reader gives one string for each repeated item), folded once each at the end
    Map<String, Set<String>> items = new HashMap<>();
    for (Habit habit : settings.habits()) {
      Walk walk = new Walk(habit, settings, dayBefore);
      byte[] state = closed.walks().get(habit.id());
      if (state != null) {
        walk.resume(state);
      }
      walks.put(habit.id(), walk);
      items.put(habit.id(), new HashSet<>(closed.items().getOrDefault(habit.id(), List.of())));
    }
    long logStart = closed.logStart() == null ? Long.MAX_VALUE : closed.logStart().toEpochDay();
    long last = dayBefore.toEpochDay();
    for (Entry e : log.since().toArray(new Entry[0])) {
      if (e.date().toEpochDay() <= last) {
        logStart = take(walks, e, logStart, last);
        Set<String> seen = items.get(e.habit());
        if (seen != null) {
          seen.addAll(e.amount().items());
        }
      }
    }
    LocalDate start = logStart == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(logStart);
    Map<String, byte[]> states = new HashMap<>();
    Map<String, List<String>> seen = new HashMap<>();
    for (Habit habit : settings.habits()) {
      states.put(habit.id(), walks.get(habit.id()).closeWeeks(start));
      TreeSet<String> folded = new TreeSet<>();
      for (String item : items.get(habit.id())) {
        folded.add(item.toLowerCase(Locale.ROOT));
      }
      seen.put(habit.id(), List.copyOf(folded));
    }
    return new ClosedWeeks(boundary, start, states, seen);
  }

  /** Hands the entry to its habit's walk, and returns the log's first day so far (of any habit). */
  private static long take(Map<String, Walk> walks, Entry e, long logStart, long today) {
    long day = e.date().toEpochDay();
    Walk walk = walks.get(e.habit());
    // a programme's start or stop counts toward no habit, but it is a use of steady, from which limits count
    if (walk != null && e.amount().counts()) {
      walk.take(e, day);
    }
    return day <= today ? Math.min(logStart, day) : logStart;
  }

  /**
   * One habit's walk through its dates, closing each period (day or week) as the next one begins. Dates are
   * epoch days here, so that visiting one compares numbers rather than calls on {@code LocalDate}.
   */
  private static final class Walk {
    private static final long NONE = Long.MIN_VALUE;
    /** The days over which rest days are counted against the budget. */
    private static final int REST_WINDOW = RestDays.WINDOW;

    private final Habit habit;
    private final Settings settings;
    private final boolean weekly;
    private final long today;
    private final long weekAnchor;
    private final Streak streak = new Streak();
    private final Strength strength;
    /** The first day whose rest counts against the budget (the window ending today). */
    private long restFrom;
    /** The habit's first day with an entry, when it lies in the closed weeks this walk resumes from. */
    private long firstDay = NONE;
    private final List<Entry> entries = new ArrayList<>();
    /** The epoch day of each of {@link #entries}. */
    private long[] days = new long[64];
    /** Whether {@link #entries} are in date order, as a log kept oldest first is: then they need no sort. */
    private boolean ordered = true;
    private Tally tally;
    private long strengthFrom;
    private int restDays;
    private long closed = NONE;
    private long open = NONE;
    private List<Cell> cells;
    private long firstCell;
    /** The next day that must be visited with or without entries, and the next entry to visit. */
    private long dense;
    private int next;

    Walk(Habit habit, Settings settings, LocalDate today) {
      this.habit = habit;
      this.settings = settings;
      this.weekly = habit.period() == Habit.Period.WEEK;
      this.today = today.toEpochDay();
      this.weekAnchor = settings.weekOf(LocalDate.EPOCH).toEpochDay();
      this.strength = habit.strength();
      this.restFrom = this.today - REST_WINDOW + 1;
    }

    /** Goes on from the state {@link #closeWeeks} saved. */
    void resume(byte[] state) {
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
        firstDay = in.readLong();
        closed = in.readLong();
        streak.load(in);
        strength.load(in);
        if (in.read() != -1) {
          throw new IOException("more than a walk's state");
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("not a walk's state: " + e.getMessage(), e);
      }
    }

    /**
     * Visits the dates of the entries taken (all before the week that follows this walk's today), closes the
     * last period, and returns the state reached, from which {@link #resume} goes on.
     */
    byte[] closeWeeks(LocalDate logStart) {
      begin(logStart);
      firstCell = Long.MAX_VALUE;
      restFrom = Long.MAX_VALUE;
      dense = Long.MAX_VALUE;
      while (next < entries.size()) {
        visitNextDate();
      }
      if (open != NONE) {
        close(open);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeLong(firstDay != NONE ? firstDay : entries.isEmpty() ? NONE : days[0]);
        out.writeLong(closed);
        streak.save(out);
        strength.save(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }

    /** Orders the entries and sets up the period's tally and the strength, whose count begins at its first day. */
    private void begin(LocalDate logStart) {
      if (!ordered) {
        sortByDate();
      }
      tally = habit.tally(logStart == null ? null : settings.weekOf(logStart));
      long first = firstDay != NONE ? firstDay : entries.isEmpty() ? NONE : days[0];
      LocalDate from = habit.strengthFrom(first == NONE ? null : LocalDate.ofEpochDay(first), logStart);
      strengthFrom = from == null ? Long.MAX_VALUE : from.toEpochDay();
      if (from != null) {
        strength.startOn(strengthFrom);
      }
    }

    void take(Entry e, long day) {
      if (day > today) {
        return;
      }
      int n = entries.size();
      if (n == days.length) {
        days = Arrays.copyOf(days, 2 * n);
      }
      ordered &= n == 0 || day >= days[n - 1];
      days[n] = day;
      entries.add(e);
    }

    /**
     * Visits, oldest first, every date of the entries and every day from the start of the heatmap's first
     * period to today, each once with its entries (possibly none).
     */
    HabitStatus status(int length, LocalDate logStart) {
      begin(logStart);
      firstCell = today - (length - 1L);
      dense = start(Math.min(firstCell, today));
      cells = new ArrayList<>(length);
      while (visitNextDate()) {
        // one call a date, as this loop is never compiled
      }
      close(open);
      if (strengthFrom <= today) {
        strength.emptyUntil(today);
      }
      long now = period(today);
      return new HabitStatus(habit, tally.met(), tally.logged(), tally.rested(), streak.current(now), streak.best(),
          tally.progress(), cells, strength.score(), restDays, runs(now));
    }

    private HabitStatus.Runs runs(long now) {
      if (!streak.any()) {
        return HabitStatus.Runs.NONE;
      }
      return new HabitStatus.Runs(date(streak.from()), date(streak.lastMet()), date(streak.ended(now)),
          date(streak.broke()), streak.before());
    }

    /** The first day of a period, or null for none. */
    private LocalDate date(long period) {
      return period == Streak.NONE ? null : LocalDate.ofEpochDay(weekly ? weekAnchor + 7 * period : period);
    }

    /** A stable sort, which keeps the log's order within a day. */
    private void sortByDate() {
      entries.sort(Comparator.comparing(Entry::date));
      for (int i = 0; i < entries.size(); i++) {
        days[i] = entries.get(i).date().toEpochDay();
      }
    }

    /** Visits the next date, whose day there always is, and tells whether another one follows. */
    private boolean visitNextDate() {
      boolean entryFirst = next < entries.size() && (dense > today || days[next] < dense);
      long day = entryFirst ? days[next] : dense;
      int end = next;
      while (end < entries.size() && days[end] == day) {
        end++;
      }
      long period = period(day);
      if (period != open) {
        if (open != NONE) {
          close(open);
        }
        tally.reset();
        open = period;
      }
      LocalDate date = entryFirst ? entries.get(next).date() : LocalDate.ofEpochDay(day);
      int level = tally.add(date, entries.subList(next, end));
      if (day >= firstCell) {
        cells.add(new Cell(date, level));
      }
      if (tally.restedToday() && day >= restFrom) {
        restDays++;
      }
      if (day >= strengthFrom) {
        strength.day(day, level, tally.counted(), tally.restedToday());
      }
      next = end;
      if (!entryFirst) {
        dense++;
      }
      return next < entries.size() || dense <= today;
    }

    /** Records the period's outcome; for limits, the unvisited periods since the last one were met too. */
    private void close(long period) {
      if (tally.emptyMetFrom() != null) {
        streak.add(Math.max(closed + 1, period(tally.emptyMetFrom().toEpochDay())), period - 1);
      }
      if (tally.met()) {
        streak.add(period, period);
      } else if (tally.rested()) {
        streak.rest(period);
      }
      closed = period;
    }

    /** The first day of the period of {@code day}. */
    private long start(long day) {
      return weekly ? weekAnchor + 7 * period(day) : day;
    }

    private long period(long day) {
      return weekly ? Math.floorDiv(day - weekAnchor, 7) : day;
    }
  }
}
