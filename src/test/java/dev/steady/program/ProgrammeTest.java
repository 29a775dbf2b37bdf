package dev.steady.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.breath.PlanLibrary;
import dev.steady.breath.Schedule;
import dev.steady.breath.SessionOptions;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.habit.Habit;
import dev.steady.habit.HabitStatus;
import dev.steady.habit.Settings;
import dev.steady.habit.StreakEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The seven-day programme, in virtual time")
class ProgrammeTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Settings DEFAULTS = Settings.defaults();

  /** A log and a clock that a test moves by hand; every entry is recorded at the clock's time. */
  private static final class World {
    final List<Entry> entries = new ArrayList<>();
    final Settings settings;
    Clock clock;

    World(Settings settings, String localDateTime) {
      this.settings = settings;
      at(localDateTime);
    }

    World at(String localDateTime) {
      clock = Clock.fixed(LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant(), BERLIN);
      return this;
    }

    /** The same time of day, {@code days} later. */
    World later(int days) {
      clock = Clock.fixed(ZonedDateTime.now(clock).plusDays(days).toInstant(), BERLIN);
      return this;
    }

    LocalDateTime now() {
      return LocalDateTime.now(clock);
    }

    LocalDate today() {
      return settings.dayOf(now());
    }

    World add(String habit, Amount amount) {
      entries.add(new Entry("e" + String.format("%04d", entries.size()), habit, today(),
          ZonedDateTime.now(clock).toOffsetDateTime(), amount, null));
      return this;
    }

    World start() {
      return add("program", Amount.Programme.start(Programme.firstDay(settings, now())));
    }

    World stop() {
      return add("program", Amount.Programme.stop());
    }

    World breathe(Duration length) {
      return add("breathe", new Amount.Session("any", true, 10, length.toSeconds(), 6));
    }

    ProgrammeStatus status() {
      return ProgrammeStatus.of(entries, settings, today());
    }
  }

  @ParameterizedTest(name = "begun at {0}: day 1 is {1}")
  @CsvSource({
    "2026-12-05T09:00, 2026-12-05",
    "2026-12-05T19:59, 2026-12-05",
    "2026-12-05T20:00, 2026-12-06",
    "2026-12-05T23:30, 2026-12-06",
    "2026-12-06T02:00, 2026-12-06", // still the 5th's night under the day-start rule: day 1 is the coming day
    "2026-12-06T04:00, 2026-12-06",
  })
  void anEveningStartMakesTomorrowDayOne(String now, String firstDay) {
    World w = new World(DEFAULTS, now).start();

    assertThat(w.status().firstDay()).isEqualTo(LocalDate.parse(firstDay));
    boolean upcoming = !firstDay.equals(w.today().toString());
    assertThat(w.status().state()).isEqualTo(upcoming ? ProgrammeStatus.State.UPCOMING : ProgrammeStatus.State.RUNNING);
    assertThat(w.status().todaysDay().isPresent()).isEqualTo(!upcoming);
  }

  @Test
  void sevenDaysEachWithItsPlanAndFocusThenTheReview() {
    World w = new World(DEFAULTS, "2026-12-05T09:00").start();
    List<String> seen = new ArrayList<>();
    for (int n = 1; n <= 7; n++) {
      ProgrammeStatus s = w.status();
      assertThat(s.state()).isEqualTo(ProgrammeStatus.State.RUNNING);
      DayRecord today = s.todaysDay().orElseThrow();
      assertThat(today.day().number()).isEqualTo(n);
      assertThat(today.date()).isEqualTo(LocalDate.of(2026, 12, 4 + n));
      assertThat(s.review().isPresent()).as("the review on day %d", n).isEqualTo(n == 7);
      seen.add(today.day().session() + ", " + today.day().focus().title());
      w.breathe(today.day().length()).later(1);
    }
    assertThat(seen).containsExactly(
        "quick 2m, movement", "coherent 3m, fermented food", "hum 3m, plants", "glide 4m, sleep window",
        "resonance 4m, omega-3", "resonance 5m, fewer ultra-processed foods", "resonance 5m, less alcohol");

    ProgrammeStatus after = w.status();
    assertThat(after.state()).isEqualTo(ProgrammeStatus.State.FINISHED);
    assertThat(after.todaysDay()).isEmpty();
    assertThat(after.stillToDo()).isEmpty();
    Review r = after.review().orElseThrow();
    assertThat(r.days()).isEqualTo(7);
    assertThat(r.breathedDays()).isEqualTo(7);
    assertThat(r.sessions()).isEqualTo(7);
    assertThat(r.minutes()).isEqualTo(26.0);
    assertThat(r.focusTracked()).as("five focus habits are default habits").isEqualTo(5);
    assertThat(r.focusMet()).isZero();
    assertThat(w.later(400).status().state()).as("the review stands until another begins").isEqualTo(ProgrammeStatus.State.FINISHED);
  }

  @Test
  void eachFocusIsKeptByItsHabitAsThatHabitCountsADay() {
    World w = new World(DEFAULTS, "2026-12-05T09:00").start();
    w.add("move", new Amount.Time(Duration.ofMinutes(20))).later(1); // day 1: 20 minutes is move's daily minimum
    w.add("fermented", new Amount.Count(1)).later(1); // day 2
    w.add("plants", new Amount.Items(List.of("kale"))).later(1); // day 3: one plant counts, though the week needs 30
    w.later(1); // day 4: the sleep window is kept by the night that begins that evening ...
    w.add("sleep", new Amount.Night(LocalTime.of(23, 5), LocalTime.of(6, 50))); // ... logged on day 5
    w.add("move", new Amount.Time(Duration.ofMinutes(10))); // not the focus of day 5

    List<DayRecord> days = w.status().days();
    assertThat(days).extracting(DayRecord::focusMet).containsExactly(true, true, true, true, false, false, false);
    assertThat(days).extracting(DayRecord::tracked).containsExactly(true, true, true, true, true, false, false);
    assertThat(days).extracting(DayRecord::come).containsExactly(true, true, true, true, true, false, false);
  }

  @Test
  void aLimitOfTheUsersOwnMakesTheAlcoholFocusTracked() {
    List<Habit> habits = new ArrayList<>(Settings.DEFAULT_HABITS);
    habits.add(new Habit.WeeklyAtMost("alcohol", 3, "diet"));
    World w = new World(new Settings(LocalTime.of(4, 0), java.time.DayOfWeek.MONDAY, habits), "2026-12-05T09:00").start();
    w.later(6); // day 7: nothing drunk so far, the day is kept
    assertThat(w.status().todaysDay().orElseThrow().tracked()).isTrue();
    assertThat(w.status().todaysDay().orElseThrow().focusMet()).isTrue();
    w.add("alcohol", new Amount.Count(1));
    assertThat(w.status().todaysDay().orElseThrow().focusMet()).isFalse();
  }

  @ParameterizedTest(name = "{0}s of breathing on a 2-minute day: breathed {1}")
  @CsvSource({"0, false", "114, false", "115, true", "120, true", "600, true"})
  void aDayIsBreathedWithinHalfABreathOfItsLength(int seconds, boolean breathed) {
    World w = new World(DEFAULTS, "2026-12-05T09:00").start();
    if (seconds > 0) {
      w.breathe(Duration.ofSeconds(seconds));
    }
    assertThat(w.status().todaysDay().orElseThrow().breathed()).isEqualTo(breathed);
  }

  @Test
  void sessionsOfADayAddUp() {
    World w = new World(DEFAULTS, "2026-12-05T09:00").start().breathe(Duration.ofSeconds(60)).breathe(Duration.ofSeconds(60));
    DayRecord d = w.status().todaysDay().orElseThrow();
    assertThat(d.sessions()).isEqualTo(2);
    assertThat(d.breathed()).isTrue();
  }

  @Test
  void everyDaysPlanIsBundledAndEndsWithinTheAllowanceOfItsLength() {
    PlanLibrary bundled = new PlanLibrary(null);
    for (ProgrammeDay day : Programme.SCHEDULE) {
      Schedule s = Schedule.of(bundled.find(day.plan()), new SessionOptions(null, null, day.length()));
      assertThat(Math.abs(s.total().toMillis() - day.length().toMillis()))
          .as(day.session())
          .isLessThanOrEqualTo((long) (ProgrammeStatus.WHOLE_BREATH_ALLOWANCE * 1000));
    }
  }

  @Test
  void whatTheDayStillNeedsGoesAsItIsDone() {
    World w = new World(DEFAULTS, "2026-12-05T09:00").start();
    assertThat(w.status().stillToDo()).containsExactly("quick 2m", "movement");
    w.breathe(Duration.ofMinutes(2));
    assertThat(w.status().stillToDo()).containsExactly("movement");
    w.add("move", new Amount.Time(Duration.ofMinutes(25)));
    assertThat(w.status().stillToDo()).isEmpty();

    w.later(3); // day 4: the sleep window cannot be told before tomorrow, so it goes with the session only
    assertThat(w.status().stillToDo()).containsExactly("glide 4m", "sleep window");
    w.breathe(Duration.ofMinutes(4));
    assertThat(w.status().stillToDo()).isEmpty();

    w.later(2); // day 6: no habit for ultra-processed foods by default
    assertThat(w.status().stillToDo()).containsExactly("resonance 5m", "fewer ultra-processed foods");
    w.breathe(Duration.ofMinutes(5));
    assertThat(w.status().stillToDo()).isEmpty();
  }

  @Test
  void stopEndsItAndAStartAfterwardsBeginsAgain() {
    World w = new World(DEFAULTS, "2026-12-05T09:00").start().later(2);
    w.stop();
    assertThat(w.status().state()).isEqualTo(ProgrammeStatus.State.NONE);
    assertThat(w.status().days()).isEmpty();
    assertThat(w.status().stillToDo()).isEmpty();
    w.later(1).start();
    assertThat(w.status().firstDay()).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(w.status().todaysDay().orElseThrow().day().number()).isEqualTo(1);
  }

  @Test
  void aRestartBeginsAgainFromDayOne() {
    World w = new World(DEFAULTS, "2026-12-05T09:00").start().later(3).start();
    assertThat(w.status().firstDay()).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(w.status().active()).isTrue();
  }

  /** Two copies merged in either order hold the same entries in another order: the latest still decides. */
  @Test
  void theLatestEntryDecidesWhateverTheOrderOfTheLog() {
    World w = new World(DEFAULTS, "2026-12-05T09:00").start().later(1).stop().later(1).start().at("2026-12-07T09:00");
    ProgrammeStatus inOrder = w.status();
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      List<Entry> shuffled = new ArrayList<>(w.entries);
      java.util.Collections.shuffle(shuffled, random);
      assertThat(ProgrammeStatus.of(shuffled, DEFAULTS, w.today())).isEqualTo(inOrder);
    }
    assertThat(inOrder.firstDay()).isEqualTo(LocalDate.of(2026, 12, 7));
  }

  static Stream<String> acrossTheClockChanges() {
    return Stream.of("2026-03-27T21:30", "2026-03-28T10:00", "2026-10-24T20:30", "2026-10-25T01:30");
  }

  /** Days are calendar days in the time zone of the moment: 23- and 25-hour days are days like any other. */
  @ParameterizedTest(name = "begun {0}")
  @MethodSource("acrossTheClockChanges")
  void daysAreCalendarDaysAcrossDaylightSavingChanges(String begun) {
    World w = new World(DEFAULTS, begun).start();
    LocalDate first = w.status().firstDay();
    w.at(first + "T09:00");
    for (int n = 1; n <= 7; n++) {
      assertThat(w.status().todaysDay().orElseThrow().day().number()).isEqualTo(n);
      assertThat(w.today()).isEqualTo(first.plusDays(n - 1));
      w.at(first.plusDays(n) + "T03:30"); // before the day's start: still day n
      assertThat(w.status().todaysDay().orElseThrow().day().number()).isEqualTo(n);
      w.at(first.plusDays(n) + "T09:00");
    }
    assertThat(w.status().state()).isEqualTo(ProgrammeStatus.State.FINISHED);
  }

  @Test
  void programmeEntriesCountTowardNoHabitNotEvenOneNamedProgram() {
    List<Habit> habits = List.of(new Habit.Daily("program", 1, null, null), new Habit.WeeklyAtMost("alcohol", 3, null));
    Settings settings = new Settings(LocalTime.of(4, 0), java.time.DayOfWeek.MONDAY, habits);
    World w = new World(settings, "2026-12-05T09:00").start();
    w.later(10).stop();

    List<HabitStatus> statuses = StreakEngine.statuses(w.entries, settings, w.today(), 7);
    assertThat(statuses.get(0).logged()).isFalse();
    assertThat(statuses.get(0).met()).isFalse();
    assertThat(statuses.get(1).current())
        .as("a limit counts from the log's first entry, and beginning the programme is a use of steady")
        .isEqualTo(3);
  }
}
