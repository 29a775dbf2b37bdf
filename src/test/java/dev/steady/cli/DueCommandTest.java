package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady due and steady remind")
class DueCommandTest {
  @TempDir Path home;
  Steady steady;

  @BeforeEach
  void friday_noon() {
    steady = new Steady(home, "2026-11-20T12:00");
  }

  /** Meets every default habit for Friday 2026-11-20 and its week (from Monday the 16th). */
  static void meetEverything(Steady steady) {
    steady.run("log", "breathe", "2m");
    meetEverythingButBreathing(steady);
  }

  static void meetEverythingButBreathing(Steady steady) {
    steady.run("log", "sleep", "23:00", "07:00");
    for (String day : List.of("16", "17", "18", "19", "20")) {
      steady.run("log", "move", "25m", "--date", "2026-11-" + day);
    }
    String[] plants = IntStream.rangeClosed(1, 30).mapToObj(i -> "plant" + i).toArray(String[]::new);
    steady.run(Stream.concat(Stream.of("log", "diet", "plants"), Stream.of(plants)).toArray(String[]::new));
    steady.run("log", "diet", "fermented");
    steady.run("log", "diet", "omega3", "--date", "2026-11-16");
    steady.run("log", "omega3", "--date", "2026-11-17");
  }

  @Nested
  @DisplayName("due")
  class Due {
    @Test
    @DisplayName("lists what is still to do, one habit a line beginning with its id, and exits 0")
    void somethingDue() {
      steady.run("log", "breathe", "1m");
      steady.run("log", "move", "25m");

      CommandRun run = steady.run("due");

      assertThat(run.code()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .isEqualTo(
              """
              breathe    1m more today
              sleep      log last night's sleep
              move       out of reach this week (4 more days of 20m needed, 2 days left): 20m tomorrow still keeps its strength up
              plants     30 more different items this week (3 days left)
              fermented  1 more today
              omega3     2 more days this week (3 days left)
              """);
    }

    @Test
    @DisplayName("leaves out what is met, and sleep once last night is logged")
    void leavesOutWhatIsMet() {
      steady.run("log", "sleep", "01:30", "09:00");
      steady.run("log", "fermented");

      assertThat(steady.run("due").out().lines().map(l -> l.split(" ")[0]))
          .containsExactly("breathe", "move", "plants", "omega3");
    }

    @Test
    @DisplayName("with nothing due prints nothing at all and exits 1, as cron needs")
    void nothingDue() {
      meetEverything(steady);

      CommandRun run = steady.run("due");

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out() + run.err()).isEmpty();
    }

    @Test
    @DisplayName("with nothing due at a terminal says so on stderr only")
    void nothingDueAtATerminal() {
      meetEverything(steady);

      CommandRun run = steady.atTerminal().run("due");

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("steady: nothing due: every habit is met for today and this week\n");
    }

    @Test
    @DisplayName("-q prints nothing at all; the exit status tells")
    void quiet() {
      CommandRun due = steady.run("due", "-q");
      assertThat(due.code()).isZero();
      assertThat(due.out() + due.err()).isEmpty();

      meetEverything(steady);
      CommandRun done = steady.run("due", "--quiet");
      assertThat(done.code()).isEqualTo(1);
      assertThat(done.out() + done.err()).isEmpty();
    }

    @Test
    @DisplayName("--json prints the date and the due items with id, message and progress")
    void json() {
      steady.run("log", "breathe", "1m30s");
      meetEverythingButBreathing(steady);

      CommandRun run = steady.run("due", "--json");

      assertThat(run.code()).isZero();
      assertThat(run.out())
          .isEqualTo(
              """
              {
                "date": "2026-11-20",
                "due": [
                  {
                    "id": "breathe",
                    "message": "30s more today",
                    "progress": {
                      "value": 1.5,
                      "target": 2,
                      "unit": "min"
                    }
                  }
                ]
              }
              """);
    }

    @Test
    @DisplayName("--json with nothing due prints an empty list and exits 1")
    void jsonNothingDue() {
      meetEverything(steady);

      CommandRun run = steady.run("due", "--json");

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out()).isEqualTo("{\n  \"date\": \"2026-11-20\",\n  \"due\": [ ]\n}\n");
    }
  }

  @Nested
  @DisplayName("remind")
  class Remind {
    @Test
    @DisplayName("in the morning nudges toward last night's sleep first, in one line")
    void morning() {
      steady.at("2026-11-20T08:00");

      CommandRun run = steady.run("remind");

      assertThat(run.code()).isZero();
      assertThat(run.out()).isEqualTo("sleep: log last night's sleep\n");
      assertThat(run.err()).isEmpty();
    }

    @Test
    @DisplayName("later in the day nudges toward a day habit not yet met")
    void afternoon() {
      steady.at("2026-11-20T15:00");

      assertThat(steady.run("remind").out()).isEqualTo("breathe: 2m more today\n");
    }

    @Test
    @DisplayName("with nothing due prints nothing and exits 1")
    void nothingDue() {
      meetEverything(steady);

      CommandRun run = steady.run("remind");

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out() + run.err()).isEmpty();
    }

    @Test
    @DisplayName("in the hour before the bed target leads with winding down, naming a plan to breathe with")
    void windDownHour() {
      steady.at("2026-11-20T22:05");

      CommandRun run = steady.run("remind");

      assertThat(run.code()).isZero();
      assertThat(run.out()).isEqualTo("sleep: wind down for bed at 23:00: steady breathe hum\n");
      assertThat(run.err()).isEmpty();
    }

    @Test
    @DisplayName("winds down even when all else is done, and after breathing in that hour says nothing at all")
    void afterEverythingIsDone() {
      meetEverything(steady);
      steady.at("2026-11-20T22:00");
      assertThat(steady.run("remind").out()).isEqualTo("sleep: wind down for bed at 23:00: steady breathe 4-7-8\n");
      CommandRun due = steady.run("due");
      assertThat(due.code()).isEqualTo(1);
      assertThat(due.out() + due.err()).isEmpty();

      steady.at("2026-11-20T22:12").run("log", "breathe", "1m16s");

      // 02:00 on Saturday still counts for Friday
      for (String time : List.of("2026-11-20T22:30", "2026-11-20T23:40", "2026-11-21T02:00")) {
        CommandRun run = steady.at(time).run("remind");
        assertThat(run.code()).as(time).isEqualTo(1);
        assertThat(run.out() + run.err()).as(time).isEmpty();
      }
    }

    @Test
    @DisplayName("--json in the wind-down hour: the sleep habit's id, the message and its progress")
    void windDownJson() {
      meetEverything(steady);
      steady.at("2026-11-20T22:59");

      assertThat(steady.run("remind", "--json").out())
          .isEqualTo(
              """
              {
                "date": "2026-11-20",
                "nudge": {
                  "id": "sleep",
                  "message": "wind down for bed at 23:00: steady breathe 4-7-8",
                  "progress": {
                    "value": 1,
                    "target": 1,
                    "unit": "nights"
                  }
                },
                "program": null
              }
              """);
    }

    @Test
    @DisplayName("--json prints the date and the nudge, or null")
    void json() {
      steady.at("2026-11-20T08:00");
      assertThat(steady.run("remind", "--json").out())
          .isEqualTo(
              """
              {
                "date": "2026-11-20",
                "nudge": {
                  "id": "sleep",
                  "message": "log last night's sleep",
                  "progress": {
                    "value": 0,
                    "target": 1,
                    "unit": "nights"
                  }
                },
                "program": null
              }
              """);

      meetEverything(steady);
      CommandRun none = steady.run("remind", "--json");
      assertThat(none.code()).isEqualTo(1);
      assertThat(none.out()).isEqualTo("{\n  \"date\": \"2026-11-20\",\n  \"nudge\": null,\n  \"program\": null\n}\n");
    }
  }
}
