package dev.steady.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A walk that goes on from closed weeks ends exactly as the walk over every entry: every status (strength to
 * the last bit, the heatmap, the runs) and every week's review, on random logs of every kind of habit with rest
 * days, long idle spells, entries out of order, of unknown habits and of future days, for any week start,
 * today, heatmap length and boundary that serves them; and closing weeks in two steps is closing them at once.
 */
class ClosedWeeksTest {
  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 120).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void goingOnFromClosedWeeksIsWalkingEveryEntry(long seed) {
    Random r = new Random(seed);
    LocalDate today = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(1000));
    Settings settings = new Settings(LocalTime.of(4, 0), DayOfWeek.of(1 + r.nextInt(7)), habits(r), r.nextInt(8));
    List<Entry> entries = history(r, settings, today);
    int days = r.nextInt(8) == 0 ? 366 : r.nextInt(60);
    LocalDate earliest = StreakEngine.earliest(settings, today, days);
    LocalDate boundary = earliest.minusWeeks(r.nextInt(4) == 0 ? 0 : r.nextInt(80));
    LocalDate before = boundary.minusWeeks(r.nextInt(30));

    List<HabitStatus> expected = StreakEngine.statuses(entries, settings, today, days);
    HabitLog closed = HabitLog.of(entries).closedTo(settings, boundary);
    HabitLog inSteps = HabitLog.of(entries).closedTo(settings, before).closedTo(settings, boundary);

    assertThat(StreakEngine.statuses(closed, settings, today, days)).isEqualTo(expected);
    assertThat(StreakEngine.statuses(inSteps, settings, today, days)).isEqualTo(expected);
    assertThat(closed.since()).allMatch(e -> !e.date().isBefore(boundary));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aWeeksReviewFromClosedWeeksIsTheReviewFromEveryEntry(long seed) {
    Random r = new Random(seed);
    LocalDate today = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(1000));
    Settings settings = new Settings(LocalTime.of(4, 0), DayOfWeek.of(1 + r.nextInt(7)), habits(r), r.nextInt(8));
    List<Entry> entries = history(r, settings, today);
    LocalDate first = settings.weekOf(today.minusWeeks(r.nextInt(5)));
    LocalDate boundary = WeekReview.earliest(settings, first, today).minusWeeks(r.nextInt(3) == 0 ? 0 : r.nextInt(60));

    WeekReview expected = WeekReview.of(entries, settings, first, today);
    HabitLog closed = HabitLog.of(entries).closedTo(settings, boundary);

    assertThat(WeekReview.of(closed, settings, first, today)).isEqualTo(expected);
    assertThat(CalmWeeks.of(closed.since(), settings, first, 1)).isEqualTo(CalmWeeks.of(entries, settings, first, 1));
  }

  @Test
  void closedWeeksThatReachPastTheEarliestDayAreRefused() {
    Settings settings = Settings.defaults();
    LocalDate today = LocalDate.of(2026, 12, 5);
    LocalDate late = settings.weekOf(today);
    HabitLog closed = HabitLog.of(List.of()).closedTo(settings, late);

    assertThat(closed.serves(StreakEngine.earliest(settings, today, 28))).isFalse();
    assertThatThrownBy(() -> StreakEngine.statuses(closed, settings, today, 28)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HabitLog.of(List.of()).closedTo(settings, today)) // a Saturday
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Habit> habits(Random r) {
    List<Habit> habits = new ArrayList<>(StreakEnginePropertyTest.habits(r));
    Collections.shuffle(habits, r);
    return habits.subList(0, 1 + r.nextInt(habits.size()));
  }

  /**
   * Up to three years of entries in keen and idle spells (some idle for weeks, so strength's long gaps are
   * bridged in one step), rest days, calm-rated sessions, entries of an unknown habit and of days after today,
   * in a shuffled order, as a log of backdated entries and merged copies holds them.
   */
  private static List<Entry> history(Random r, Settings settings, LocalDate today) {
    Log log = new Log();
    LocalDate start = today.minusDays(20 + r.nextInt(1100));
    for (Habit habit : settings.habits()) {
      double keen = r.nextDouble();
      int idle = 0;
      for (LocalDate d = start.plusDays(r.nextInt(60)); !d.isAfter(today.plusDays(2)); d = d.plusDays(1)) {
        if (idle > 0) {
          idle--;
          continue;
        }
        if (r.nextInt(60) == 0) {
          idle = r.nextInt(40);
        }
        if (r.nextInt(10) == 0) {
          keen = r.nextDouble();
        }
        int n = r.nextDouble() < keen ? 1 + r.nextInt(3) : 0;
        for (int k = 0; k < n; k++) {
          log.add(habit.id(), d, StreakEnginePropertyTest.amount(r, habit));
        }
        if (r.nextInt(15) == 0) {
          log.add(habit.id(), d, new Amount.Rest());
        }
        if (r.nextInt(20) == 0) {
          log.add("breathe", d, new Amount.Session("hum", true, 10, 100, 6, 1 + r.nextInt(10), 1 + r.nextInt(10), List.of()));
        }
      }
    }
    for (int k = 0; k < 10; k++) {
      log.count("unknown", today.minusDays(r.nextInt(1000)), 1);
    }
    List<Entry> entries = new ArrayList<>(log.entries());
    if (r.nextBoolean()) {
      Collections.shuffle(entries, r);
    }
    return entries;
  }
}
