package dev.steady.habit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A review of one week, habit by habit: met or not, the days logged and the minutes, the distinct items (and
 * which are new that week), breathing minutes and sessions, and each habit's streak and strength as the week
 * ended. Pure: no I/O, no clock.
 *
 * @param first the week's first day
 * @param asOf the day the statuses are taken on: the week's last day, or today while the week goes on
 */
public record WeekReview(LocalDate first, LocalDate asOf, List<Line> habits, int sessions, double breathingMinutes) {
  /**
   * One habit's week.
   *
   * @param days the days of the week with entries for it (rests aside)
   * @param minutes the minutes logged for it (habits in minutes), else 0
   * @param items the distinct items logged for it that week, as first typed
   * @param newItems those of {@code items} never logged for it before the week
   */
  public record Line(HabitStatus status, int days, double minutes, List<String> items, List<String> newItems) {}

  public static WeekReview of(List<Entry> entries, Settings settings, LocalDate first, LocalDate today) {
    return of(HabitLog.of(entries), settings, first, today);
  }

  /** The review of the week from {@code first}, whose {@link #earliest} day {@code log} must serve. */
  public static WeekReview of(HabitLog log, Settings settings, LocalDate first, LocalDate today) {
    LocalDate asOf = asOf(first, today);
    if (!log.serves(first)) {
      throw new IllegalArgumentException("the week of " + first + " is closed in " + log.closed().boundary());
    }
    List<Entry> entries = log.since();
    List<HabitStatus> statuses = StreakEngine.statuses(log, settings, asOf, 7);
    List<Line> lines = new ArrayList<>();
    for (HabitStatus s : statuses) {
      lines.add(line(s, entries, log.closed().items().getOrDefault(s.habit().id(), List.of()), first, asOf));
    }
    int sessions = 0;
    double seconds = 0;
    for (Entry e : entries) {
      Optional<Amount.Session> session = e.amount().session();
      if (within(e, first, asOf) && session.isPresent()) {
        sessions++;
        seconds += session.get().seconds();
      }
    }
    return new WeekReview(first, asOf, lines, sessions, seconds / 60);
  }

  /** The earliest day a review of the week from {@code first} needs, on {@code today}. */
  public static LocalDate earliest(Settings settings, LocalDate first, LocalDate today) {
    LocalDate asOf = asOf(first, today);
    LocalDate walk = StreakEngine.earliest(settings, asOf, 7);
    return walk.isBefore(first) ? walk : first;
  }

  private static LocalDate asOf(LocalDate first, LocalDate today) {
    LocalDate last = first.plusDays(6);
    return last.isBefore(today) ? last : today;
  }

  /** {@code closedItems}: the items the habit had seen in the weeks closed before {@code entries}, case folded. */
  private static Line line(HabitStatus s, List<Entry> entries, List<String> closedItems, LocalDate first, LocalDate asOf) {
    String id = s.habit().id();
    Set<LocalDate> days = new LinkedHashSet<>();
    Set<String> seenBefore = new HashSet<>(closedItems);
    Set<String> seen = new HashSet<>();
    List<String> items = new ArrayList<>();
    double minutes = 0;
    for (Entry e : entries) {
      if (!e.habit().equals(id) || e.amount().rest() || !e.amount().counts() || e.date().isAfter(asOf)) {
        continue;
      }
      if (e.date().isBefore(first)) {
        e.amount().items().forEach(item -> seenBefore.add(item.toLowerCase(Locale.ROOT)));
        continue;
      }
      days.add(e.date());
      minutes += Tally.quantity(e.amount(), "min");
      for (String item : e.amount().items()) {
        if (seen.add(item.toLowerCase(Locale.ROOT))) {
          items.add(item);
        }
      }
    }
    List<String> fresh = items.stream().filter(i -> !seenBefore.contains(i.toLowerCase(Locale.ROOT))).toList();
    return new Line(s, days.size(), minutes, List.copyOf(items), fresh);
  }

  private static boolean within(Entry e, LocalDate first, LocalDate last) {
    return !e.date().isBefore(first) && !e.date().isAfter(last);
  }
}
