package dev.steady.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DueTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 18);
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);
  private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 20);
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
    Log log = new Log().count("omega3", LocalDate.of(2026, 3, 17), 1).items("plants", LocalDate.of(2026, 3, 17),
        "kale", "leek", "oats", "rye", "fig", "bean", "pea", "corn", "rice", "lentil", "apple", "pear", "plum",
        "kiwi", "date", "lime", "mint", "sage", "dill", "chive", "onion", "garlic", "carrot", "beet", "chard",
        "cress", "endive", "fennel", "squash");
    assertThat(Due.of(log.entries(), settings, LocalDate.of(2026, 3, 22)))
        .extracting(Due.Item::id, Due.Item::message)
        .contains(
            tuple("omega3", "1 more day this week (1 day left)"),
            tuple("plants", "1 more item this week (1 day left)"));
  }

  @Test
  @DisplayName("a week that can no longer be met says so, and what keeps the habit going instead")
  void aWeekOutOfReachSaysSo() {
    LocalDate friday = LocalDate.of(2026, 3, 20);
    assertThat(Due.of(List.of(), settings, friday))
        .extracting(Due.Item::id, Due.Item::message)
        .contains(
            tuple("move", "out of reach this week (5 more days of 20m needed, 3 days left): 20m today still keeps its strength up"),
            tuple("omega3", "2 more days this week (3 days left)"));
    Log movedToday = new Log().minutes("move", friday, 30);
    assertThat(Due.of(movedToday.entries(), settings, friday))
        .extracting(Due.Item::id, Due.Item::message)
        .contains(tuple("move", "out of reach this week (4 more days of 20m needed, 2 days left): 20m tomorrow still keeps its strength up"));
  }

  @Test
  @DisplayName("a rested day or a week rested to nothing is not due")
  void restedIsNotDue() {
    Log log = new Log().add("breathe", WEDNESDAY, new Amount.Rest()).add("sleep", WEDNESDAY, new Amount.Rest());
    assertThat(due(log)).extracting(Due.Item::id).doesNotContain("breathe", "sleep").contains("fermented");
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
  @DisplayName("remind: in the hour before the bed target, winding down comes first, with a plan to breathe")
  void remindWindsDownBeforeBed() {
    LocalDateTime windDown = WEDNESDAY.atTime(22, 10);
    assertThat(Nudge.best(List.of(), settings, WEDNESDAY.atTime(21, 59))).map(Due.Item::id).contains("breathe");
    // the day's breathing is still due: hum's three minutes make it as well
    assertThat(Nudge.best(List.of(), settings, windDown))
        .map(Due.Item::message).contains("wind down for bed at 23:00: steady breathe hum");
    assertThat(Nudge.best(dayHabitsDone().entries(), settings, WEDNESDAY.atTime(22, 0)))
        .map(Due.Item::message).contains("wind down for bed at 23:00: steady breathe 4-7-8");
    assertThat(Nudge.best(List.of(), settings, WEDNESDAY.atTime(23, 0))).map(Due.Item::id).contains("breathe");
  }

  @Test
  @DisplayName("remind: winding down speaks even with nothing else due, and never once breathed in that hour")
  void remindNeverNudgesForWhatIsDone() {
    Log log = everythingDone();
    assertThat(Due.of(log.entries(), settings, FRIDAY)).isEmpty();
    assertThat(Nudge.best(log.entries(), settings, FRIDAY.atTime(18, 0))).isEmpty();
    assertThat(Nudge.best(log.entries(), settings, FRIDAY.atTime(22, 30))).map(Due.Item::message)
        .contains("wind down for bed at 23:00: steady breathe 4-7-8");

    log.sessionAt(FRIDAY.atTime(22, 20), 76);
    assertThat(Nudge.best(log.entries(), settings, FRIDAY.atTime(22, 30))).isEmpty();
    assertThat(Nudge.best(log.entries(), settings, FRIDAY.atTime(23, 30))).isEmpty();
    // a session before the hour began does not count as winding down
    Log earlier = everythingDone().sessionAt(FRIDAY.atTime(21, 50), 76);
    assertThat(Nudge.best(earlier.entries(), settings, FRIDAY.atTime(22, 30))).isPresent();
  }

  @Test
  @DisplayName("remind: a bed target after midnight winds down across it, and without a sleep habit never")
  void windDownAcrossMidnight() {
    Settings late = new Settings(LocalTime.of(4, 0), DayOfWeek.MONDAY, List.of(
        new Habit.Daily("breathe", 2, "min", null),
        new Habit.Window("sleep", LocalTime.of(0, 30), LocalTime.of(8, 0), java.time.Duration.ofMinutes(30), null)));
    assertThat(Nudge.best(List.of(), late, WEDNESDAY.atTime(23, 45)))
        .map(Due.Item::message).contains("wind down for bed at 00:30: steady breathe hum");
    assertThat(Nudge.best(List.of(), late, WEDNESDAY.plusDays(1).atTime(0, 10)))
        .map(Due.Item::message).contains("wind down for bed at 00:30: steady breathe hum");

    Settings noSleep = new Settings(LocalTime.of(4, 0), DayOfWeek.MONDAY, List.of(new Habit.Daily("breathe", 2, "min", null)));
    assertThat(Nudge.best(List.of(), noSleep, WEDNESDAY.atTime(22, 30))).map(Due.Item::id).contains("breathe");
  }

  @Test
  @DisplayName("remind: among week habits the one furthest behind, unless today cannot help it")
  void remindPicksTheWeekHabitFurthestBehind() {
    Log log = dayHabitsDone()
        .items("plants", MONDAY, "kale", "oats", "rye", "leek", "fig", "pea", "bean", "corn", "lime", "nut")
        .minutes("move", MONDAY, 20)
        .minutes("move", MONDAY.plusDays(1), 20);
    // 5 of 7 days left; missing: move 3 of 5 days, omega3 2 of 2, plants 20 of 30
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
    Log log = dayHabitsDone()
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

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  @DisplayName("on random calendars, due lists exactly the open habits and remind picks one of them")
  void dueAndRemindAgree(long seed) {
    Random r = new Random(seed);
    Settings s = new Settings(LocalTime.of(4, 0), DayOfWeek.of(1 + r.nextInt(7)),
        StreakEnginePropertyTest.habits(r));
    LocalDateTime now = LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(r.nextInt(60 * 24 * 400));
    LocalDate today = s.dayOf(now);
    List<Entry> entries = StreakEnginePropertyTest.calendar(r, s, today);

    List<Due.Item> due = Due.of(entries, s, today);
    List<String> open = StreakEngine.statuses(entries, s, today, 0).stream()
        .filter(st -> !(st.habit() instanceof Habit.WeeklyAtMost))
        .filter(st -> !st.rested())
        .filter(st -> st.habit() instanceof Habit.Window ? !st.logged() : !st.met())
        .map(st -> st.habit().id())
        .toList();
    assertThat(due).extracting(Due.Item::id).containsExactlyElementsOf(open);
    assertThat(due).allSatisfy(i -> assertThat(i.message()).isNotBlank().doesNotContain("\n"));
    Optional<Due.Item> nudge = Nudge.best(entries, s, now);
    Optional<LocalTime> bed = s.habits().stream()
        .filter(Habit.Window.class::isInstance).map(h -> ((Habit.Window) h).bed()).findFirst();
    boolean inWindDownHour = bed
        .map(b -> Math.floorMod(b.toSecondOfDay() - now.toLocalTime().toSecondOfDay(), 24 * 3600))
        .filter(before -> before > 0 && before <= 3600)
        .isPresent();
    if (nudge.filter(n -> n.message().startsWith("wind down for bed at ")).isPresent()) {
      assertThat(inWindDownHour).isTrue();
    } else {
      assertThat(nudge.isPresent()).isEqualTo(!due.isEmpty());
      nudge.ifPresent(n -> assertThat(due).contains(n));
    }
  }

  /** Every default habit met for Friday and its week. */
  private static Log everythingDone() {
    Log log = new Log()
        .session(FRIDAY, 120)
        .count("fermented", FRIDAY, 1)
        .night(FRIDAY, "23:00", "07:00")
        .count("omega3", MONDAY, 1)
        .count("omega3", WEDNESDAY, 1);
    for (int d = 0; d < 5; d++) {
      log.minutes("move", MONDAY.plusDays(d), 25);
    }
    for (int i = 0; i < 30; i++) {
      log.items("plants", MONDAY, "plant" + i);
    }
    return log;
  }

  private static Log dayHabitsDone() {
    return new Log()
        .session(WEDNESDAY, 120)
        .count("fermented", WEDNESDAY, 1)
        .night(WEDNESDAY, "23:00", "07:00");
  }

  private static List<Habit> append(List<Habit> habits, Habit more) {
    List<Habit> all = new java.util.ArrayList<>(habits);
    all.add(more);
    return all;
  }
}
