package dev.steady.habit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days that begin at 04:00, weeks that begin on a chosen day, across clock changes and the turn of a year. */
class CalendarTest {
  private static final Settings DEFAULTS = Settings.defaults();

  private static LocalDate dayOf(String instant, String zone) {
    return DEFAULTS.dayOf(LocalDateTime.ofInstant(Instant.parse(instant), ZoneId.of(zone)));
  }

  @ParameterizedTest(name = "{0} counts for {1}")
  @CsvSource({
    "2026-03-18T00:40, 2026-03-17",
    "2026-03-18T03:59:59, 2026-03-17",
    "2026-03-18T04:00, 2026-03-18",
    "2026-03-18T23:59, 2026-03-18",
    "2027-01-01T00:40, 2026-12-31",
  })
  @DisplayName("with days beginning at 04:00, a moment before then counts for the day before")
  void fourInTheMorningRollover(String moment, String day) {
    assertThat(DEFAULTS.dayOf(LocalDateTime.parse(moment))).isEqualTo(LocalDate.parse(day));
  }

  @Test
  @DisplayName("Europe/Berlin springing forward: the short night still rolls over at 04:00 local time")
  void berlinSpringsForward() {
    // 2026-03-29: 02:00 CET becomes 03:00 CEST
    assertThat(dayOf("2026-03-29T00:30:00Z", "Europe/Berlin")).isEqualTo("2026-03-28"); // 01:30 CET
    assertThat(dayOf("2026-03-29T01:30:00Z", "Europe/Berlin")).isEqualTo("2026-03-28"); // 03:30 CEST
    assertThat(dayOf("2026-03-29T02:00:00Z", "Europe/Berlin")).isEqualTo("2026-03-29"); // 04:00 CEST
    // and falling back: 2026-10-25, 03:00 CEST becomes 02:00 CET
    assertThat(dayOf("2026-10-25T01:30:00Z", "Europe/Berlin")).isEqualTo("2026-10-24"); // 02:30 CET
    assertThat(dayOf("2026-10-25T03:00:00Z", "Europe/Berlin")).isEqualTo("2026-10-25"); // 04:00 CET
  }

  @Test
  @DisplayName("America/New_York falling back: both 01:30s belong to the day before")
  void newYorkFallsBack() {
    // 2026-11-01: 02:00 EDT becomes 01:00 EST
    assertThat(dayOf("2026-11-01T05:30:00Z", "America/New_York")).isEqualTo("2026-10-31"); // 01:30 EDT
    assertThat(dayOf("2026-11-01T06:30:00Z", "America/New_York")).isEqualTo("2026-10-31"); // 01:30 EST
    assertThat(dayOf("2026-11-01T08:59:00Z", "America/New_York")).isEqualTo("2026-10-31"); // 03:59 EST
    assertThat(dayOf("2026-11-01T09:00:00Z", "America/New_York")).isEqualTo("2026-11-01"); // 04:00 EST
    // springing forward on 2026-03-08: 02:00 EST becomes 03:00 EDT
    assertThat(dayOf("2026-03-08T07:30:00Z", "America/New_York")).isEqualTo("2026-03-07"); // 03:30 EDT
  }

  @Test
  @DisplayName("a daily streak runs unbroken through the 23- and 25-hour days of Berlin and New York")
  void streaksThroughClockChanges() {
    for (String zone : List.of("Europe/Berlin", "America/New_York")) {
      Log log = new Log();
      // one session a day at 04:30 local time from March to mid-November 2026
      for (LocalDate d = LocalDate.of(2026, 3, 1); d.isBefore(LocalDate.of(2026, 11, 15)); d = d.plusDays(1)) {
        Instant at = d.atTime(4, 30).atZone(ZoneId.of(zone)).toInstant();
        log.session(DEFAULTS.dayOf(LocalDateTime.ofInstant(at, ZoneId.of(zone))), 150);
      }
      HabitStatus breathe =
          StreakEngine.statuses(log.entries(), DEFAULTS, LocalDate.of(2026, 11, 14), 0).get(0);
      assertThat(breathe.current()).as(zone).isEqualTo(259);
      assertThat(breathe.best()).as(zone).isEqualTo(259);
    }
  }

  @Test
  @DisplayName("a clock-change week is one week of seven days")
  void weeksAcrossClockChanges() {
    assertThat(DEFAULTS.weekOf(LocalDate.of(2026, 3, 29))).isEqualTo("2026-03-23");
    assertThat(DEFAULTS.weekOf(LocalDate.of(2026, 3, 30))).isEqualTo("2026-03-30");
    Log log = new Log();
    for (LocalDate d = LocalDate.of(2026, 3, 23); !d.isAfter(LocalDate.of(2026, 3, 29)); d = d.plusDays(1)) {
      log.minutes("move", d, 20);
    }
    HabitStatus move = statusOf(log, DEFAULTS, "move", LocalDate.of(2026, 3, 29));
    assertThat(move.progress()).isEqualTo(new Progress(7, 5, "days"));
    assertThat(statusOf(log, DEFAULTS, "move", LocalDate.of(2026, 3, 30)).progress().value()).isZero();
  }

  @Test
  @DisplayName("ISO week 53 of 2026 runs into 2027 as one week, and the week streak goes on through it")
  void week53Of2026() {
    LocalDate monday = LocalDate.of(2026, 12, 28);
    assertThat(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(53);
    assertThat(DEFAULTS.weekOf(LocalDate.of(2027, 1, 3))).isEqualTo(monday);

    Log log = new Log();
    for (LocalDate week = monday.minusWeeks(2); week.isBefore(monday.plusWeeks(2)); week = week.plusWeeks(1)) {
      // the last two days of each week, so week 53's days fall in 2027
      log.count("omega3", week.plusDays(5), 1).count("omega3", week.plusDays(6), 1);
    }
    HabitStatus omega3 = statusOf(log, DEFAULTS, "omega3", LocalDate.of(2027, 1, 3));
    assertThat(omega3.met()).isTrue();
    assertThat(omega3.current()).isEqualTo(3);
    HabitStatus later = statusOf(log, DEFAULTS, "omega3", LocalDate.of(2027, 1, 12));
    assertThat(later.current()).isEqualTo(4);
    assertThat(later.met()).isFalse();
  }

  @Test
  @DisplayName("with weeks beginning on Sunday, the week holding New Year 2027 begins on 2026-12-27")
  void sundayWeeksAcrossTheYear() {
    Settings sunday = new Settings(LocalTime.of(4, 0), DayOfWeek.SUNDAY,
        List.of(new Habit.WeeklyDistinct("plants", 3, "diet")));
    Log log = new Log()
        .items("plants", LocalDate.of(2026, 12, 26), "kale") // Saturday: the week before
        .items("plants", LocalDate.of(2026, 12, 27), "oats")
        .items("plants", LocalDate.of(2027, 1, 1), "rye", "fig");
    HabitStatus plants = statusOf(log, sunday, "plants", LocalDate.of(2027, 1, 2));
    assertThat(plants.progress()).isEqualTo(new Progress(3, 3, "items"));
    assertThat(plants.current()).isEqualTo(1);
  }

  @Test
  @DisplayName("a night across midnight counts for the wake date and compares bed time around midnight")
  void nightAcrossMidnight() {
    Settings late = new Settings(LocalTime.of(4, 0), DayOfWeek.MONDAY, List.of(new Habit.Window(
        "sleep", LocalTime.of(0, 10), LocalTime.of(7, 0), Duration.ofMinutes(20), null)));
    Log log = new Log().night(LocalDate.of(2027, 1, 1), "23:50", "06:40"); // New Year's night
    HabitStatus sleep = statusOf(log, late, "sleep", LocalDate.of(2027, 1, 1));
    assertThat(sleep.met()).isTrue();
    assertThat(statusOf(log, late, "sleep", LocalDate.of(2027, 1, 2)).current()).isEqualTo(1);
  }

  private static HabitStatus statusOf(Log log, Settings settings, String id, LocalDate today) {
    return StreakEngine.statuses(log.entries(), settings, today, 7).stream()
        .filter(s -> s.habit().id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
