package dev.steady.habit;

import dev.steady.time.TimeText;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The single most useful thing to do right now, among what is {@link Due}. The ranking:
 *
 * <ol>
 *   <li>in the hour before the bed target ({@link #WIND_DOWN}), winding down with a breathing plan, until a
 *       session has been breathed in that hour (this nudge speaks even when nothing else is due);
 *   <li>in the morning (from the day's start until noon), last night's sleep, while it is fresh in mind;
 *   <li>day habits not yet met, in the settings' order, since the day ends for all of them at once;
 *   <li>week habits that today can still move forward, the furthest behind first: the share of the target
 *       still missing over the share of the week still left;
 *   <li>then sleep later in the day, then week habits today cannot help (today's minimum already reached,
 *       or too few days left to meet the week), the furthest behind first.
 * </ol>
 *
 * Something is suggested whenever anything is due, so outside the wind-down hour {@code remind} and {@code due}
 * agree on "nothing".
 */
public final class Nudge {
  private static final LocalTime NOON = LocalTime.NOON;

  /** How long before the bed target winding down begins. */
  public static final Duration WIND_DOWN = Duration.ofHours(1);

  /** A plan for winding down: {@code hum} (3 minutes) also makes the day's breathing when that is still due. */
  private static final String WIND_DOWN_PLAN = "4-7-8";

  private static final String WIND_DOWN_AND_BREATHE_PLAN = "hum";

  /** The habit that breathing sessions are recorded for. */
  private static final String BREATHE = "breathe";

  private Nudge() {}

  public static Optional<Due.Item> best(List<Entry> entries, Settings settings, LocalDateTime now) {
    LocalDate today = settings.dayOf(now);
    List<HabitStatus> statuses = StreakEngine.statuses(entries, settings, today, 1);
    int daysLeft = Due.daysLeft(settings, today);
    LocalTime time = now.toLocalTime();
    boolean morning = !time.isBefore(settings.dayStartsAt()) && time.isBefore(NOON);
    Map<String, HabitStatus> byId = new HashMap<>();
    statuses.forEach(s -> byId.put(s.habit().id(), s));
    List<Due.Item> due = Due.from(statuses, settings, today);
    Optional<Due.Item> windDown = windDown(entries, statuses, due, now);
    if (windDown.isPresent()) {
      return windDown;
    }
    // by rank, then the furthest behind first; one lambda of steady's own, which the class-data archive holds
    // (the JDK's comparingInt and thenComparing would spin three at every start)
    Comparator<Due.Item> order =
        (a, b) -> {
          HabitStatus x = byId.get(a.id());
          HabitStatus y = byId.get(b.id());
          int byRank = Integer.compare(rank(x, morning, daysLeft), rank(y, morning, daysLeft));
          return byRank != 0 ? byRank : Double.compare(-behind(x, daysLeft), -behind(y, daysLeft));
        };
    return due.stream().min(order);
  }

  /**
   * Winding down, while {@code now} lies in the hour before the sleep habit's bed target and nothing has been
   * breathed in that hour yet (it never nudges for what is done).
   */
  private static Optional<Due.Item> windDown(
      List<Entry> entries, List<HabitStatus> statuses, List<Due.Item> due, LocalDateTime now) {
    Optional<HabitStatus> sleep = statuses.stream().filter(s -> s.habit().targetNight().isPresent()).findFirst();
    if (sleep.isEmpty()) {
      return Optional.empty();
    }
    LocalTime bed = sleep.get().habit().targetNight().orElseThrow().bed();
    LocalDateTime start = now.toLocalDate().atTime(bed.minus(WIND_DOWN));
    if (start.isAfter(now)) {
      start = start.minusDays(1);
    }
    LocalDateTime from = start;
    if (!now.isBefore(from.plus(WIND_DOWN))
        || entries.stream().anyMatch(e -> e.habit().equals(BREATHE) && !e.recordedAt().toLocalDateTime().isBefore(from))) {
      return Optional.empty();
    }
    boolean breatheDue = due.stream().anyMatch(i -> i.id().equals(BREATHE));
    String plan = breatheDue ? WIND_DOWN_AND_BREATHE_PLAN : WIND_DOWN_PLAN;
    return Optional.of(new Due.Item(
        sleep.get().habit().id(),
        "wind down for bed at " + TimeText.format(bed) + ": steady breathe " + plan,
        sleep.get().progress()));
  }

  private static int rank(HabitStatus s, boolean morning, int daysLeft) {
    Habit habit = s.habit();
    if (habit.targetNight().isPresent()) {
      return morning ? 0 : 3;
    }
    if (habit.period() == Habit.Period.DAY) {
      return 1;
    }
    return habit.todayHelps(s, daysLeft) ? 2 : 4;
  }

  /** Above 1 when the week is behind an even pace: the share still missing over the share of days left. */
  private static double behind(HabitStatus s, int daysLeft) {
    Progress p = s.progress();
    if (s.habit().period() == Habit.Period.DAY) {
      return 0;
    }
    return (p.target() - p.value()) / p.target() / (daysLeft / 7.0);
  }
}
