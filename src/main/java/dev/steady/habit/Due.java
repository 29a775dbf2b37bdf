package dev.steady.habit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is still to do in the current day or week: one item per habit not yet met nor rested, in the settings'
 * order, as each kind says it ({@link Habit#due}). Sleep is due while the night that ended today is not logged
 * (a logged night that missed the window is past helping); a weekly limit is never due.
 */
public final class Due {
  private Due() {}

  /** One thing still to do; {@code message} is short and does not repeat the id. */
  public record Item(String id, String message, Progress progress) {}

  /** @param today the day that counts now ({@link Settings#dayOf}) */
  public static List<Item> of(List<Entry> entries, Settings settings, LocalDate today) {
    return of(HabitLog.of(entries), settings, today);
  }

  /** As {@link #of(List, Settings, LocalDate)}, from weeks closed up to {@link StreakEngine#earliest} of a day. */
  public static List<Item> of(HabitLog log, Settings settings, LocalDate today) {
    return from(StreakEngine.statuses(log, settings, today, 1), settings, today);
  }

  static List<Item> from(List<HabitStatus> statuses, Settings settings, LocalDate today) {
    int daysLeft = daysLeft(settings, today);
    List<Item> due = new ArrayList<>();
    for (HabitStatus s : statuses) {
      String message = s.habit().due(s, daysLeft);
      if (message != null) {
        due.add(new Item(s.habit().id(), message, s.progress()));
      }
    }
    return due;
  }

  /** Days of the week from today to its end, today included. */
  static int daysLeft(Settings settings, LocalDate today) {
    return 7 - (int) (today.toEpochDay() - settings.weekOf(today).toEpochDay());
  }
}
