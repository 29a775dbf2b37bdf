package dev.steady.habit;

import dev.steady.failure.Failure;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The rest-day budget: each habit may rest at most {@link Settings#restDays()} days in any {@value #WINDOW}
 * (every window of {@value #WINDOW} consecutive days, not only the last).
 */
public final class RestDays {
  public static final int WINDOW = 30;

  private RestDays() {}

  /**
   * Checks that {@code habit} may rest on {@code day}: a usage failure when it is a limit, already rested that
   * day, or out of budget (saying when the next rest day is free, from {@code today} on).
   */
  public static void check(List<Entry> entries, Habit habit, LocalDate day, Settings settings, LocalDate today) {
    if (!habit.rests()) {
      throw Failure.usage(habit.id() + " is a limit: a day without it keeps it already, so it takes no rest days");
    }
    TreeSet<LocalDate> rested = rested(entries, habit.id());
    if (rested.contains(day)) {
      throw Failure.usage(habit.id() + " already rests on " + day);
    }
    int budget = settings.restDays();
    if (fits(rested, day, budget)) {
      return;
    }
    String limit = habit.id() + " may rest " + Words.plural(budget, "day") + " in any " + WINDOW + " (restDays in config.json)";
    if (budget == 0) {
      throw Failure.usage(limit);
    }
    LocalDate free = today.plusDays(1);
    while (!fits(rested, free, budget)) {
      free = free.plusDays(1);
    }
    throw Failure.usage(limit + ", and " + rested.subSet(day.minusDays(WINDOW - 1), true, day.plusDays(WINDOW - 1), true).size()
        + " are taken around " + day + ": the next rest day is free on " + free);
  }

  /** The days {@code habit} rested, oldest first. */
  public static TreeSet<LocalDate> rested(List<Entry> entries, String habit) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (Entry e : entries) {
      if (e.habit().equals(habit) && e.amount().rest()) {
        days.add(e.date());
      }
    }
    return days;
  }

  /** Whether one more rest on {@code day} keeps every window of {@value #WINDOW} days holding it within budget. */
  static boolean fits(TreeSet<LocalDate> rested, LocalDate day, int budget) {
    for (int k = 0; k < WINDOW; k++) {
      LocalDate first = day.minusDays(WINDOW - 1 - k);
      if (rested.subSet(first, true, first.plusDays(WINDOW - 1), true).size() + 1 > budget) {
        return false;
      }
    }
    return true;
  }
}
