package dev.steady.habit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StreakEngineTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 18); // a Wednesday
  private final Settings settings = Settings.defaults();

  private HabitStatus status(Log log, String habit, LocalDate today) {
    return StreakEngine.statuses(log.entries(), settings, today, 7).stream()
        .filter(s -> s.habit().id().equals(habit))
        .findFirst()
        .orElseThrow();
  }

  private HabitStatus status(Log log, String habit) {
    return status(log, habit, TODAY);
  }

  @Test
  void givesOneStatusPerHabitInTheSettingsOrder() {
    List<HabitStatus> statuses = StreakEngine.statuses(List.of(), settings, TODAY, 3);
    assertThat(statuses).extracting(s -> s.habit().id())
        .containsExactly("breathe", "sleep", "move", "plants", "fermented", "omega3");
    assertThat(statuses).allSatisfy(s -> {
      assertThat(s.met()).isFalse();
      assertThat(s.current()).isZero();
      assertThat(s.cells()).extracting(Cell::date)
          .containsExactly(TODAY.minusDays(2), TODAY.minusDays(1), TODAY);
    });
  }

  @Test
  @DisplayName("an unfinished today does not break a day streak, a missed yesterday does")
  void unfinishedTodayKeepsTheStreak() {
    Log log = new Log();
    for (int i = 1; i <= 4; i++) {
      log.count("fermented", TODAY.minusDays(i), 1);
    }
    HabitStatus before = status(log, "fermented");
    assertThat(before.met()).isFalse();
    assertThat(before.current()).isEqualTo(4);
    assertThat(before.best()).isEqualTo(4);

    log.count("fermented", TODAY, 1);
    assertThat(status(log, "fermented").current()).isEqualTo(5);
    assertThat(status(log, "fermented", TODAY.plusDays(2)).current()).isZero();
    assertThat(status(log, "fermented", TODAY.plusDays(2)).best()).isEqualTo(5);
  }

  @Test
  @DisplayName("two movement entries on one day add up to the daily minimum")
  void movementAddsUpWithinADay() {
    LocalDate monday = LocalDate.of(2026, 3, 16);
    Log log = new Log().minutes("move", monday, 12).minutes("move", monday, 8).minutes("move", TODAY, 19);
    HabitStatus move = status(log, "move");
    assertThat(move.progress()).isEqualTo(new Progress(1, 5, "days"));
    assertThat(move.cells()).extracting(Cell::level)
        .containsExactly(0, 0, 0, 0, Cell.MET, Cell.NONE, Cell.SOME);
  }

  @Test
  @DisplayName("a day with entries that miss the target is not met")
  void entriesBelowTheTargetDoNotMeet() {
    Log log = new Log().session(TODAY.minusDays(1), 150).session(TODAY, 60).session(TODAY, 50);
    HabitStatus breathe = status(log, "breathe");
    assertThat(breathe.met()).isFalse();
    assertThat(breathe.logged()).isTrue();
    assertThat(breathe.progress().value()).isCloseTo(110 / 60.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(breathe.current()).isEqualTo(1);
  }

  @Test
  @DisplayName("plants are counted once a week whatever their letter case")
  void distinctPlantsIgnoreCase() {
    Log log = new Log()
        .items("plants", LocalDate.of(2026, 3, 15), "kale") // the Sunday before: another week
        .items("plants", LocalDate.of(2026, 3, 16), "Kale", "oats", "lentils")
        .items("plants", TODAY, "KALE", "Oats", "rye");
    assertThat(status(log, "plants").progress()).isEqualTo(new Progress(4, 30, "items"));
  }

  @Test
  @DisplayName("sleep windows are compared around midnight, inclusive of the tolerance")
  void sleepAcrossMidnight() {
    Settings s = new Settings(LocalTime.of(4, 0), DayOfWeek.MONDAY,
        List.of(new Habit.Window("sleep", LocalTime.of(0, 10), LocalTime.of(7, 0),
            java.time.Duration.ofMinutes(20), null)));
    Log log = new Log()
        .night(TODAY.minusDays(3), "23:50", "07:20") // exactly 20 min either side
        .night(TODAY.minusDays(2), "23:49", "07:00") // 21 min early to bed
        .night(TODAY.minusDays(1), "00:30", "06:40")
        .night(TODAY, "00:31", "07:00");
    HabitStatus sleep = StreakEngine.statuses(log.entries(), s, TODAY, 4).get(0);
    assertThat(sleep.cells()).extracting(Cell::level)
        .containsExactly(Cell.MET, Cell.SOME, Cell.MET, Cell.SOME);
    assertThat(sleep.met()).isFalse();
    assertThat(sleep.logged()).isTrue();
    assertThat(sleep.progress()).isEqualTo(new Progress(0, 1, "nights"));
    assertThat(sleep.current()).isEqualTo(1);
  }

  @Test
  @DisplayName("a weekly limit is met from its first week on, empty weeks included, this week until passed")
  void weeklyLimitWithEmptyWeeks() {
    Settings s = new Settings(LocalTime.of(4, 0), DayOfWeek.MONDAY,
        List.of(new Habit.WeeklyAtMost("alcohol", 3, "diet")));
    LocalDate weekStart = LocalDate.of(2026, 3, 16);
    Log log = new Log()
        .count("alcohol", weekStart.minusWeeks(8), 5) // over the limit
        .count("alcohol", weekStart.minusWeeks(5), 2)
        .count("alcohol", weekStart, 3);
    HabitStatus alcohol = StreakEngine.statuses(log.entries(), s, TODAY, 0).get(0);
    assertThat(alcohol.met()).isTrue();
    assertThat(alcohol.current()).isEqualTo(8);
    assertThat(alcohol.best()).isEqualTo(8);
    assertThat(alcohol.progress()).isEqualTo(new Progress(3, 3, null));

    log.count("alcohol", TODAY, 1);
    HabitStatus passed = StreakEngine.statuses(log.entries(), s, TODAY, 0).get(0);
    assertThat(passed.met()).isFalse();
    assertThat(passed.current()).isEqualTo(7);
  }
}
