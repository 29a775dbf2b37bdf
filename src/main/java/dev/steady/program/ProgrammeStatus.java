package dev.steady.program;

import dev.steady.habit.Cell;
import dev.steady.habit.Entry;
import dev.steady.habit.Habit;
import dev.steady.habit.HabitStatus;
import dev.steady.habit.Settings;
import dev.steady.habit.StreakEngine;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the seven-day programme stands on a day, from the log alone: the latest {@code program} entry decides
 * (a start, or a stop), so the programme survives restarts and merges like any entry. Pure: no clock, no I/O.
 *
 * @param today the day asked about
 * @param state what the programme is doing that day
 * @param firstDay day 1, null when no programme runs ({@link State#NONE})
 * @param days the seven days as far as they have come (empty for {@link State#NONE})
 */
public record ProgrammeStatus(LocalDate today, State state, LocalDate firstDay, List<DayRecord> days) {
  /**
   * A session ends on a whole breath, so a completed one may fall short of its length by half a breath:
   * five seconds at six breaths a minute, the slowest any day's plan ends on.
   */
  public static final double WHOLE_BREATH_ALLOWANCE = 5;

  /**
   * Which programme entry is the latest: the later instant, and of one instant the greater id, so every copy
   * agrees. One lambda of steady's own: the class-data archive holds it, not those that {@code
   * Comparator.comparing().thenComparing()} make inside the JDK (which a cold {@code remind} spun at run time).
   */
  private static final Comparator<Entry> LATEST =
      (a, b) -> {
        int byInstant = a.recordedAt().toInstant().compareTo(b.recordedAt().toInstant());
        return byInstant != 0 ? byInstant : a.id().compareTo(b.id());
      };

  public enum State {
    /** No programme: never begun, stopped, or the latest entry is a stop. */
    NONE,
    /** Begun in an evening: day 1 is tomorrow. */
    UPCOMING,
    /** Today is one of its seven days. */
    RUNNING,
    /** Its seven days are over: the review stands until another begins. */
    FINISHED;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ProgrammeStatus {
    days = List.copyOf(days);
  }

  /** The programme's status on {@code today}. */
  public static ProgrammeStatus of(List<Entry> entries, Settings settings, LocalDate today) {
    Optional<Entry> latest = entries.stream().filter(e -> e.amount().programme().isPresent()).max(LATEST);
    if (latest.isEmpty()) {
      return none(today);
    }
    LocalDate first = latest.get().amount().programme().orElseThrow().firstDay();
    if (first == null) {
      return none(today);
    }
    LocalDate last = Programme.lastDay(first);
    State state = today.isBefore(first) ? State.UPCOMING : today.isAfter(last) ? State.FINISHED : State.RUNNING;
    return new ProgrammeStatus(today, state, first, days(entries, settings, first, today));
  }

  private static ProgrammeStatus none(LocalDate today) {
    return new ProgrammeStatus(today, State.NONE, null, List.of());
  }

  /** Whether a programme is under way or about to begin, which {@code program start} would replace. */
  public boolean active() {
    return state == State.RUNNING || state == State.UPCOMING;
  }

  /** Today's day of the programme (1 to 7) while it runs, else empty. */
  public Optional<DayRecord> todaysDay() {
    if (state != State.RUNNING) {
      return Optional.empty();
    }
    return Optional.of(days.get((int) ChronoUnit.DAYS.between(firstDay, today)));
  }

  /** The days done so far, from day seven on (the review of the week); empty before. */
  public Optional<Review> review() {
    boolean lastDay = state == State.RUNNING && today.equals(Programme.lastDay(firstDay));
    if (state != State.FINISHED && !lastDay) {
      return Optional.empty();
    }
    int breathed = 0;
    int tracked = 0;
    int met = 0;
    int sessions = 0;
    double seconds = 0;
    for (DayRecord d : days) {
      breathed += d.breathed() ? 1 : 0;
      tracked += d.tracked() ? 1 : 0;
      met += d.tracked() && d.focusMet() ? 1 : 0;
      sessions += d.sessions();
      seconds += d.breathingSeconds();
    }
    int come = (int) days.stream().filter(DayRecord::come).count();
    return Optional.of(new Review(come, breathed, sessions, seconds / 60, tracked, met));
  }

  /**
   * What today's step still needs, for a reminder: the session while it is not breathed, and the focus while
   * its habit is not kept today; a focus nothing can check today (no such habit, or tonight's sleep) is named
   * with the session only. Empty when the day is done or no programme runs.
   */
  public List<String> stillToDo() {
    Optional<DayRecord> d = todaysDay();
    if (d.isEmpty()) {
      return List.of();
    }
    DayRecord day = d.get();
    List<String> parts = new ArrayList<>(2);
    if (!day.breathed()) {
      parts.add(day.day().session());
    }
    boolean checkable = day.tracked() && !day.byNight();
    if (checkable ? !day.focusMet() : !day.breathed()) {
      parts.add(day.day().focus().title());
    }
    return parts;
  }

  private static List<DayRecord> days(List<Entry> entries, Settings settings, LocalDate first, LocalDate today) {
    LocalDate asOf = min(today, Programme.lastDay(first).plusDays(1));
    int[] sessions = new int[Programme.DAYS];
    double[] seconds = new double[Programme.DAYS];
    for (Entry e : entries) {
      long i = ChronoUnit.DAYS.between(first, e.date());
      if (i >= 0 && i < Programme.DAYS && !e.date().isAfter(today) && e.amount().session().isPresent()) {
        sessions[(int) i]++;
        seconds[(int) i] += e.amount().session().get().seconds();
      }
    }
    List<HabitStatus> statuses =
        asOf.isBefore(first) ? List.of() : StreakEngine.statuses(entries, settings, asOf, (int) ChronoUnit.DAYS.between(first, asOf) + 1);
    List<DayRecord> days = new ArrayList<>(Programme.DAYS);
    for (ProgrammeDay day : Programme.SCHEDULE) {
      LocalDate date = first.plusDays(day.number() - 1L);
      boolean come = !date.isAfter(today);
      Optional<HabitStatus> focus =
          statuses.stream().filter(s -> s.habit().id().equals(day.focus().habit())).findFirst();
      Optional<Habit> habit = settings.habit(day.focus().habit());
      int i = day.number() - 1;
      days.add(new DayRecord(
          day, date, come, sessions[i], seconds[i],
          come && seconds[i] >= day.length().toSeconds() - WHOLE_BREATH_ALLOWANCE,
          habit.isPresent(),
          habit.isPresent() && habit.get().targetNight().isPresent(),
          come && focus.isPresent() && kept(focus.get(), date)));
    }
    return days;
  }

  /**
   * Whether the focus habit was kept on {@code date}: its heatmap cell met; for items (plants), any logged;
   * for the sleep window, the night that began that evening, which counts for the next day.
   */
  private static boolean kept(HabitStatus s, LocalDate date) {
    Habit habit = s.habit();
    LocalDate day = habit.targetNight().isPresent() ? date.plusDays(1) : date;
    for (Cell c : s.cells()) {
      if (c.date().equals(day)) {
        return habit.keptOn(c);
      }
    }
    return false;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
