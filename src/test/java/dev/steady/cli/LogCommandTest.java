package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("steady log")
class LogCommandTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  static final LocalDate YESTERDAY = TODAY.minusDays(1);

  @TempDir Path home;
  Steady steady;

  @BeforeEach
  void at_noon_on_a_friday() {
    steady = new Steady(home, "2026-11-20T12:00");
  }

  private Entry only() {
    assertThat(steady.entries()).hasSize(1);
    return steady.entries().get(0);
  }

  @Nested
  @DisplayName("records")
  class Records {
    @Test
    @DisplayName("movement minutes for today, with an id and the instant with its offset")
    void movement() {
      CommandRun run = steady.run("log", "move", "1h10m");

      assertThat(run.code()).isZero();
      assertThat(run.out()).isEqualTo("logged move 1h10m for 2026-11-20 (today)\n");
      assertThat(run.err()).isEmpty();
      Entry e = only();
      assertThat(e.habit()).isEqualTo("move");
      assertThat(e.date()).isEqualTo(TODAY);
      assertThat(e.amount()).isEqualTo(new Amount.Time(Duration.ofMinutes(70)));
      assertThat(e.recordedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T12:00+01:00"));
      assertThat(e.id()).isNotBlank();
    }

    @Test
    @DisplayName("the instant it was recorded in whole seconds")
    void wholeSeconds() {
      steady.at("2026-11-20T12:00:07.123456789").run("log", "fermented");

      assertThat(only().recordedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T12:00:07+01:00"));
    }

    @Test
    @DisplayName("a night for the wake date")
    void sleep() {
      CommandRun run = steady.run("log", "sleep", "23:10", "6:55");

      assertThat(run.out()).isEqualTo("logged sleep 23:10 to 06:55 for 2026-11-20 (today)\n");
      assertThat(only().amount()).isEqualTo(new Amount.Night(LocalTime.of(23, 10), LocalTime.of(6, 55)));
    }

    @Test
    @DisplayName("a night whose wake time has not come yet today as last night's")
    void sleepWokenYesterday() {
      steady.at("2026-11-20T06:30");

      assertThat(steady.run("log", "sleep", "23:10", "06:55").out()).endsWith("for 2026-11-19 (yesterday)\n");
    }

    @Test
    @DisplayName("a night for the date --date names")
    void sleepOnADate() {
      steady.run("log", "sleep", "23:10", "06:55", "--date", "2026-11-17");

      assertThat(only().date()).isEqualTo(LocalDate.of(2026, 11, 17));
    }

    @Test
    @DisplayName("plant items as typed, split at spaces or commas")
    void plants() {
      CommandRun run = steady.run("log", "diet", "plants", "Kale", "red lentils,oats,", "Kale");

      assertThat(run.out()).isEqualTo("logged plants Kale, red lentils, oats, Kale for 2026-11-20 (today)\n");
      assertThat(only().amount()).isEqualTo(new Amount.Items(List.of("Kale", "red lentils", "oats", "Kale")));
    }

    @Test
    @DisplayName("a diet step the same way as the habit's own name does")
    void dietStepIsTheHabit() {
      steady.run("log", "diet", "fermented");
      steady.run("log", "fermented", "2");

      assertThat(steady.entries()).extracting(Entry::habit, Entry::amount)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("fermented", new Amount.Count(1)),
              org.assertj.core.groups.Tuple.tuple("fermented", new Amount.Count(2)));
    }

    @Test
    @DisplayName("breathing minutes by hand through the generic form")
    void genericHabit() {
      assertThat(steady.run("log", "breathe", "5m").out()).isEqualTo("logged breathe 5m for 2026-11-20 (today)\n");
    }

    @Test
    @DisplayName("a note with the entry")
    void note() {
      CommandRun run = steady.run("log", "move", "25m", "--note", "  walk in the park ");

      assertThat(run.out()).isEqualTo("logged move 25m \"walk in the park\" for 2026-11-20 (today)\n");
      assertThat(only().note()).isEqualTo("walk in the park");
    }

    @Test
    @DisplayName("options given before the subcommand's name, --home included")
    void optionsBeforeTheSubcommand() {
      Path elsewhere = home.resolve("elsewhere");

      steady.run("log", "--date", "yesterday", "--home", elsewhere.toString(), "move", "25m");

      assertThat(new dev.steady.store.LogFile(elsewhere.resolve("log.json")).entries())
          .singleElement()
          .extracting(Entry::date)
          .isEqualTo(YESTERDAY);
    }

    @Test
    @DisplayName("items named like a subcommand after --")
    void itemsAfterDoubleDash() {
      steady.run("log", "plants", "--", "kale", "sleep");

      assertThat(only().amount()).isEqualTo(new Amount.Items(List.of("kale", "sleep")));
    }
  }

  @Nested
  @DisplayName("--at and --date")
  class When {
    @ParameterizedTest(name = "--at {0} at 12:00 counts for {1}")
    @CsvSource({"11:30, 2026-11-20", "04:00, 2026-11-20", "00:40, 2026-11-19", "03:59, 2026-11-19", "13:00, 2026-11-19"})
    void atTheLatestPastTime(String at, LocalDate day) {
      steady.run("log", "fermented", "--at", at);

      assertThat(only().date()).isEqualTo(day);
    }

    @Test
    @DisplayName("--at 00:40 just after midnight counts for the day before")
    void justAfterMidnight() {
      steady.at("2026-11-21T00:50");

      CommandRun run = steady.run("log", "move", "20m", "--at", "00:40");

      assertThat(run.out()).endsWith("for 2026-11-20 (today)\n");
      assertThat(only().date()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("--at with --date is that time of that day, a small hour belonging to the night after")
    void atOnADate() {
      assertThat(steady.run("log", "fermented", "--date", "yesterday", "--at", "00:40").code()).isZero();
      assertThat(only().date()).isEqualTo(YESTERDAY);
    }

    @Test
    @DisplayName("--at with --date today refuses a time that has not come yet")
    void atNotYetCome() {
      CommandRun run = steady.run("log", "fermented", "--date", "today", "--at", "00:40");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("steady: 00:40 on 2026-11-20 has not come yet\n");
      assertThat(steady.logFile()).doesNotExist();
    }

    @ParameterizedTest(name = "--date {0} is refused")
    @CsvSource({"2026-11-21", "2027-01-01"})
    void futureDate(String date) {
      CommandRun run = steady.run("log", "move", "25m", "--date", date);

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("steady: --date: " + date + " is in the future (today is 2026-11-20)\n");
      assertThat(steady.logFile()).doesNotExist();
    }

    @Test
    @DisplayName("before the day starts, tomorrow's calendar date is still the future")
    void futureBeforeDayStart() {
      steady.at("2026-11-21T01:00");

      assertThat(steady.run("log", "move", "25m", "--date", "2026-11-21").code()).isEqualTo(2);
      assertThat(steady.run("log", "move", "25m", "--date", "today").out()).endsWith("for 2026-11-20 (today)\n");
    }

    @Test
    @DisplayName("sleep takes no --at: the wake time says when")
    void sleepWithAt() {
      CommandRun run = steady.run("log", "sleep", "23:10", "06:55", "--at", "07:00");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("--at").contains("WAKE");
    }
  }

  @Nested
  @DisplayName("refuses, with exit 2, what was expected, and nothing written")
  class Refuses {
    private void refused(String expected, String... args) {
      CommandRun run = steady.run(args);
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).startsWith("steady: ").contains(expected).endsWith("\n").hasLineCount(1);
      assertThat(steady.logFile()).doesNotExist();
    }

    @Test
    @DisplayName("an unknown habit, listing the habits")
    void unknownHabit() {
      refused(
          "unknown habit \"swim\"; expected one of breathe, sleep, move, plants, fermented, omega3",
          "log", "swim", "20m");
    }

    @Test
    @DisplayName("an unknown diet step, listing the steps")
    void unknownDietStep() {
      refused("unknown diet step \"move\"; expected one of plants, fermented, omega3", "log", "diet", "move", "20m");
    }

    @Test
    @DisplayName("no habit at all")
    void noHabit() {
      refused("log what? name a habit: breathe, sleep", "log");
    }

    @ParameterizedTest(name = "move {0}")
    @CsvSource({"25", "2x", "0m", "'25 minutes'"})
    void badDuration(String duration) {
      refused("move: expected ", "log", "move", duration);
    }

    @Test
    @DisplayName("a duration with a second value")
    void twoDurations() {
      refused("breathe: expected one value, a duration such as 90s, 2m, 2m30s or 1h10m, found \"20m 5m\"", "log", "breathe", "20m", "5m");
    }

    @Test
    @DisplayName("a bed time that is not HH:MM")
    void badBedTime() {
      refused("sleep: BED: expected a 24-hour time HH:MM, such as 06:55 or 23:10, found \"25:00\"", "log", "sleep", "25:00", "07:00");
    }

    @Test
    @DisplayName("a night with one time")
    void oneTime() {
      refused("Missing required parameter: 'WAKE' (see 'steady log sleep --help')", "log", "sleep", "23:10");
    }

    @Test
    @DisplayName("an --at that is not HH:MM")
    void badAt() {
      refused("--at: expected a 24-hour time HH:MM", "log", "move", "20m", "--at", "7pm");
    }

    @Test
    @DisplayName("a --date that is not a date")
    void badDate() {
      refused("--date: expected a date YYYY-MM-DD, today or yesterday, found \"20/11/2026\"", "log", "move", "20m", "--date", "20/11/2026");
    }

    @Test
    @DisplayName("plants without items")
    void plantsWithoutItems() {
      refused("plants: expected at least one item", "log", "diet", "plants");
    }

    @Test
    @DisplayName("a count that is not a whole number above zero")
    void badCount() {
      refused("fermented: expected a count from 1 to 1000000, found \"0\"", "log", "fermented", "0");
    }
  }

  @Nested
  @DisplayName("with habits of the user's own")
  class OwnHabits {
    @BeforeEach
    void config() {
      steady.writeConfig(
          """
          {"dayStartsAt": "05:00",
           "habits": [
             {"id": "alcohol", "kind": "weekly-at-most", "max": 3, "group": "diet"},
             {"id": "nap", "kind": "window", "bed": "13:00", "wake": "13:30", "tolerance": "15m"},
             {"id": "stretch", "kind": "daily", "min": 10, "unit": "min"}
           ]}
          """);
    }

    @Test
    @DisplayName("counts, one by default, as log HABIT and as a diet step")
    void counts() {
      steady.run("log", "alcohol", "2");
      steady.run("log", "diet", "alcohol");

      assertThat(steady.entries()).extracting(Entry::amount).containsExactly(new Amount.Count(2), new Amount.Count(1));
    }

    @Test
    @DisplayName("takes BED WAKE for any window habit, and minutes for a habit in min")
    void windowsAndMinutes() {
      steady.at("2026-11-20T14:00");
      assertThat(steady.run("log", "nap", "13:05", "13:40").out()).isEqualTo("logged nap 13:05 to 13:40 for 2026-11-20 (today)\n");
      assertThat(steady.run("log", "stretch", "12m").out()).isEqualTo("logged stretch 12m for 2026-11-20 (today)\n");
      CommandRun oneTime = steady.run("log", "nap", "13:05");
      assertThat(oneTime.code()).isEqualTo(2);
      assertThat(oneTime.err()).isEqualTo("steady: nap: expected BED WAKE, such as 23:10 06:55, found \"13:05\"\n");
    }

    @Test
    @DisplayName("know only the config's habits, which replace the defaults")
    void onlyTheConfigs() {
      CommandRun run = steady.run("log", "move", "25m");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("steady: unknown habit \"move\"; expected one of alcohol, nap, stretch\n");
    }

    @Test
    @DisplayName("follow the config's day start: 04:30 is still yesterday when days begin at 05:00")
    void dayStart() {
      steady.run("log", "alcohol", "--at", "04:30");

      assertThat(only().date()).isEqualTo(YESTERDAY);
    }

    @Test
    @DisplayName("a config that does not validate stops the log with 65 and writes nothing")
    void brokenConfig() {
      steady.writeConfig("{\"habits\": [{\"id\": \"x\", \"kind\": \"hourly\"}]}");

      CommandRun run = steady.run("log", "x");

      assertThat(run.code()).isEqualTo(65);
      assertThat(run.err()).startsWith("steady: " + steady.home.resolve("config.json") + ":1:33: habits[0].kind");
      assertThat(steady.logFile()).doesNotExist();
    }
  }

  @Test
  @DisplayName("--help names the subcommands, the options and examples")
  void help() {
    CommandRun run = steady.run("log", "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("HABIT", "VALUE", "--date=DATE", "--at=HH:MM", "--note=TEXT", "sleep", "move", "diet", "Examples:")
        .contains("steady log diet plants kale lentils oats");
    assertThat(steady.run("log", "sleep", "--help").out()).contains("BED", "WAKE", "--date=DATE");
    assertThat(Files.exists(steady.logFile())).isFalse();
  }
}
