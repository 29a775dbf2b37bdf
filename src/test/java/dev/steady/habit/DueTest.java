package dev.steady.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DueTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 18);
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);
  private final Settings settings = Settings.defaults();

  private List<Due.Item> due(Log log) {
    return Due.of(log.entries(), settings, WEDNESDAY);
  }

  @Test
  void onAnEmptyLogEveryHabitButLimitsIsDueWithWhatIsMissing() {
    Settings withLimit = new Settings(LocalTime.of(4, 0), DayOfWeek.MONDAY,
        append(Settings.DEFAULT_HABITS, new Habit.WeeklyAtMost("alcohol", 3, "diet")));
    assertThat(Due.of(List.of(), withLimit, WEDNESDAY))
        .extracting(Due.Item::id, Due.Item::message)
        .containsExactly(
            tuple("breathe", "2m more today"),
            tuple("sleep", "log last night's sleep"),
            tuple("move", "5 more days of 20m this week (5 days left)"),
            tuple("plants", "30 more different items this week (5 days left)"),
            tuple("fermented", "1 more today"),
            tuple("omega3", "2 more days this week (5 days left)"));
  }

  @Test
  void metHabitsAreNotDueAndPartialOnesSayWhatIsLeft() {
    Log log = new Log()
        .session(WEDNESDAY, 30)
        .count("fermented", WEDNESDAY, 1)
        .count("omega3", MONDAY, 1)
        .count("omega3", WEDNESDAY, 1)
        .minutes("move", MONDAY, 25);
    assertThat(due(log))
        .extracting(Due.Item::id, Due.Item::message)
        .contains(
            tuple("breathe", "1m30s more today"),
            tuple("move", "4 more days of 20m this week (5 days left)"));
    assertThat(due(log)).extracting(Due.Item::id).doesNotContain("fermented", "omega3");
    assertThat(due(log).get(0).progress()).isEqualTo(new Progress(0.5, 2, "min"));
  }

  @Test
  @DisplayName("sleep is due until last night is logged, even when the night missed the window")
  void sleepIsDueOnlyUntilLogged() {
    assertThat(due(new Log().night(WEDNESDAY.minusDays(1), "23:00", "07:00")))
        .extracting(Due.Item::id).contains("sleep");
    assertThat(due(new Log().night(WEDNESDAY, "02:00", "10:00")))
        .extracting(Due.Item::id).doesNotContain("sleep");
  }

  @Test
  void theLastDayOfTheWeekHasOneDayLeft() {
    assertThat(Due.of(List.of(), settings, LocalDate.of(2026, 3, 22)))
        .extracting(Due.Item::message)
        .contains("2 more days this week (1 day left)");
  }

  @Test
  @DisplayName("remind: last night's sleep first in the morning, day habits first later on")
  void remindFollowsTheTimeOfDay() {
    assertThat(Nudge.best(List.of(), settings, WEDNESDAY.atTime(7, 30)))
        .map(Due.Item::id).contains("sleep");
    assertThat(Nudge.best(List.of(), settings, WEDNESDAY.atTime(18, 0)))
        .map(Due.Item::id).contains("breathe");
    // 01:00 still belongs to Wednesday, and is no morning
    assertThat(Nudge.best(List.of(), settings, WEDNESDAY.plusDays(1).atTime(1, 0)))
        .map(Due.Item::id).contains("breathe");
  }

  @Test
  @DisplayName("remind: among week habits the one furthest behind, unless today cannot help it")
  void remindPicksTheWeekHabitFurthestBehind() {
    Log log = new Log()
        .session(WEDNESDAY, 120)
        .count("fermented", WEDNESDAY, 1)
        .night(WEDNESDAY, "23:00", "07:00")
        .items("plants", MONDAY, "kale", "oats", "rye", "leek", "fig", "pea", "bean", "corn", "lime", "nut")
        .minutes("move", MONDAY, 20)
        .minutes("move", MONDAY.plusDays(1), 20);
    // move: 3 of 5 days missing with 5 of 7 days left; omega3: 2 of 2 missing; plants 20 of 30
    LocalDateTime evening = WEDNESDAY.atTime(20, 0);
    assertThat(Nudge.best(log.entries(), settings, evening)).map(Due.Item::id).contains("omega3");

    log.count("omega3", WEDNESDAY, 1).count("omega3", MONDAY, 1);
    assertThat(Nudge.best(log.entries(), settings, evening)).map(Due.Item::id).contains("plants");

    // plants met; move reached today, so today cannot help it further, yet it is still the one thing due
    log.items("plants", WEDNESDAY, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
        "p", "q", "r", "s", "t");
    log.minutes("move", WEDNESDAY, 30);
    assertThat(Nudge.best(log.entries(), settings, evening))
        .map(Due.Item::message).contains("2 more days of 20m this week (5 days left)");
  }

  @Test
  @DisplayName("remind: a week habit whose minimum today has reached waits behind one today can help")
  void remindSkipsWhatTodayCannotHelp() {
    Log log = new Log()
        .session(WEDNESDAY, 120)
        .count("fermented", WEDNESDAY, 1)
        .night(WEDNESDAY, "23:00", "07:00")
        .count("omega3", MONDAY, 2)
        .count("omega3", WEDNESDAY, 1)
        .minutes("move", WEDNESDAY, 30);
    for (int i = 0; i < 29; i++) {
      log.items("plants", MONDAY, "plant" + i);
    }
    assertThat(Nudge.best(log.entries(), settings, WEDNESDAY.atTime(15, 0)))
        .map(Due.Item::id).contains("plants");
  }

  @Test
  void nothingToRemindWhenNothingIsDue() {
    Settings onlyLimits = new Settings(LocalTime.of(4, 0), DayOfWeek.MONDAY,
        List.of(new Habit.WeeklyAtMost("alcohol", 3, null)));
    assertThat(Nudge.best(List.of(), onlyLimits, WEDNESDAY.atTime(9, 0))).isEmpty();
    assertThat(Due.of(List.of(), onlyLimits, WEDNESDAY)).isEmpty();
  }

  private static List<Habit> append(List<Habit> habits, Habit more) {
    List<Habit> all = new java.util.ArrayList<>(habits);
    all.add(more);
    return all;
  }
}
