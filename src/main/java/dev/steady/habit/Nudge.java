package dev.steady.habit;

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
 *   <li>in the morning (from the day's start until noon), last night's sleep, while it is fresh in mind;
 *   <li>day habits not yet met, in the settings' order, since the day ends for all of them at once;
 *   <li>week habits that today can still move forward, the furthest behind first: the share of the target
 *       still missing over the share of the week still left;
 *   <li>then sleep later in the day, then week habits today cannot help (today's minimum already reached,
 *       or too few days left to meet the week), the furthest behind first.
 * </ol>
 *
 * Something is suggested whenever anything is due, so {@code remind} and {@code due} agree on "nothing".
 */
public final class Nudge {
  private static final LocalTime NOON = LocalTime.NOON;

  private Nudge() {}

  public static Optional<Due.Item> best(List<Entry> entries, Settings settings, LocalDateTime now) {
    LocalDate today = settings.dayOf(now);
    List<HabitStatus> statuses = StreakEngine.statuses(entries, settings, today, 1);
    int daysLeft = Due.daysLeft(settings, today);
    LocalTime time = now.toLocalTime();
    boolean morning = !time.isBefore(settings.dayStartsAt()) && time.isBefore(NOON);
    Map<String, HabitStatus> byId = new HashMap<>();
    statuses.forEach(s -> byId.put(s.habit().id(), s));
    Comparator<Due.Item> order =
        Comparator.<Due.Item>comparingInt(i -> rank(byId.get(i.id()), morning, daysLeft))
            .thenComparing(i -> -behind(byId.get(i.id()), daysLeft));
    return Due.from(statuses, settings, today).stream().min(order);
  }

  private static int rank(HabitStatus s, boolean morning, int daysLeft) {
    Habit habit = s.habit();
    if (habit instanceof Habit.Window) {
      return morning ? 0 : 3;
    }
    if (habit.period() == Habit.Period.DAY) {
      return 1;
    }
    return todayHelps(s, daysLeft) ? 2 : 4;
  }

  /** Whether logging today can still move the week forward and the week can still be met. */
  private static boolean todayHelps(HabitStatus s, int daysLeft) {
    if (!(s.habit() instanceof Habit.WeeklyDays)) {
      return true;
    }
    boolean todayDone = s.cells().get(s.cells().size() - 1).level() == Cell.MET;
    return !todayDone && s.progress().target() - s.progress().value() <= daysLeft;
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
