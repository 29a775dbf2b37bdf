package dev.steady.habit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a habit's streak is what it is, in dates: the run that makes it, what broke the run before it, what today
 * or this week still needs, and the last day by which logging keeps the streak.
 *
 * @param needs what the day or week still needs (as {@code due} says it), or null when nothing
 * @param keepBy the last day by which logging keeps the current streak alive, or null when there is none
 */
public record Why(HabitStatus status, String needs, LocalDate keepBy, List<String> lines) {
  public static Why of(HabitStatus s, Settings settings, LocalDate today) {
    Habit h = s.habit();
    boolean week = h.period() == Habit.Period.WEEK;
    int daysLeft = Due.daysLeft(settings, today);
    String needs = h.due(s, daysLeft);
    LocalDate periodEnd = week ? settings.weekOf(today).plusDays(6) : today;
    boolean done = s.met() || s.rested();
    LocalDate keepBy = s.current() == 0 ? null : done ? periodEnd.plusDays(week ? 7 : 1) : periodEnd;
    List<String> lines = new ArrayList<>();
    HabitStatus.Runs r = s.runs();
    String unit = h.period().word();
    if (s.current() > 0) {
      lines.add("a " + s.current() + "-" + unit + " streak: met " + span(r.first(), r.last(), week)
          + (s.met() ? "" : s.rested() ? ", and rested " + (week ? "this week" : "today") : ""));
      if (r.broke() != null) {
        lines.add("the run before it (" + plural(r.before(), unit) + ") was broken " + on(r.broke(), week));
      } else {
        lines.add("it is the first run");
      }
    } else if (r.first() != null) {
      lines.add("no streak now: the last run (" + span(r.first(), r.last(), week) + ") was broken " + on(r.ended(), week));
    } else {
      lines.add("no streak yet: no " + unit + " has been met");
    }
    if (needs != null) {
      String keep = keepBy == null ? "" : ": by " + date(keepBy) + " it keeps your " + s.current() + "-" + unit + " streak";
      lines.add((week ? "this week needs " : "today needs ") + needs + keep);
    } else if (keepBy != null) {
      lines.add((week ? "this week" : "today") + " is " + (s.met() ? "met" : "rested") + "; log again by " + date(keepBy)
          + " to keep the streak");
    }
    lines.add("strength " + Math.round(s.strength() * 100) + "%, best streak " + plural(s.best(), unit)
        + (s.restDays() > 0 ? ", " + plural(s.restDays(), "rest day") + " in the last 30" : ""));
    return new Why(s, needs, keepBy, List.copyOf(lines));
  }

  private static String span(LocalDate first, LocalDate last, boolean week) {
    String from = week ? "the week of " + date(first) : date(first);
    return first.equals(last) ? "on " + from : "from " + from + " to " + (week ? "the week of " + date(last) : date(last));
  }

  private static String on(LocalDate day, boolean week) {
    return week ? "by the week of " + date(day) : "on " + date(day);
  }

  /**
   * {@code Sunday 7 December 2026}: English names made from the enums' own, as {@code getDisplayName(FULL,
   * ENGLISH)} gives them, without loading the locale data that costs a cold start tens of milliseconds.
   */
  static String date(LocalDate d) {
    return word(d.getDayOfWeek().name()) + " " + d.getDayOfMonth() + " " + word(d.getMonth().name()) + " " + d.getYear();
  }

  private static String word(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String plural(long n, String word) {
    return Words.plural(n, word);
  }
}
