package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.steady.habit.Amount;
import dev.steady.json.Json;
import dev.steady.json.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady breathe --calm and steady calm")
class CalmCommandTest {
  @TempDir Path home;
  Steady steady;

  @BeforeEach
  void setUp() {
    steady = new Steady(home, "2026-11-20T12:00").inVirtualTime();
  }

  @Test
  @DisplayName("--before and --after are kept with the session, shown in its summary and its JSON")
  void ratingsAreKept() {
    CommandRun run = steady.run("breathe", "--duration", "10s", "--before", "3", "--after", "7", "--json");

    assertThat(run.code()).isZero();
    Node json = Json.read(run.out().getBytes(StandardCharsets.UTF_8), "stdout");
    assertThat(json.get("calmBefore").whole()).isEqualTo(3);
    assertThat(json.get("calmAfter").whole()).isEqualTo(7);
    assertThat(run.errLines()).last().asString().endsWith("; calm 3 to 7");
    Amount.Session s = (Amount.Session) steady.entries().get(0).amount();
    assertThat(s.calmBefore()).isEqualTo(3);
    assertThat(s.calmAfter()).isEqualTo(7);
  }

  @Test
  @DisplayName("--calm asks before and after, reading a line each from stdin; a blank answer skips")
  void calmAsks() {
    CommandRun run = steady.typing("12\n4\n\n").run("breathe", "--duration", "10s", "--calm", "--plain");

    assertThat(run.code()).isZero();
    assertThat(run.outLines())
        .startsWith(
            "How calm do you feel, 1 to 10? 12",
            "Please answer with a whole number from 1 to 10, or nothing to skip.",
            "How calm do you feel, 1 to 10? 4");
    assertThat(run.outLines()).contains("How calm do you feel, 1 to 10? ");
    Amount.Session s = (Amount.Session) steady.entries().get(0).amount();
    assertThat(s.calmBefore()).isEqualTo(4);
    assertThat(s.calmAfter()).isNull();
  }

  @Test
  void aRatingOutOfRangeIsAUsageError() {
    CommandRun run = steady.run("breathe", "--before", "11");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("steady: --before: expected a calm rating from 1 to 10, found 11\n");
  }

  @Test
  @DisplayName("calm shows each week's averages, the change and the sessions as a chart that reads without colour")
  void chart() {
    steady.at("2026-11-10T08:00").run("breathe", "--duration", "10s", "--before", "3", "--after", "6");
    steady.at("2026-11-18T08:00").run("breathe", "--duration", "10s", "--before", "4", "--after", "8");
    steady.at("2026-11-19T08:00").run("breathe", "--duration", "10s", "--before", "5", "--after", "8");

    CommandRun run = steady.at("2026-11-20T12:00").run("calm", "--weeks", "3");

    assertThat(run.code()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "week of     rated   1       10   before  after  change",
            "2026-11-02      0  [          ]       -      -       -",
            "2026-11-09      1  [  o==>    ]       3      6      +3",
            "2026-11-16      2  [    o==>  ]     4.5      8    +3.5");
  }

  @Test
  void calmJson() {
    steady.at("2026-11-18T08:00").run("breathe", "--duration", "10s", "--before", "6", "--after", "5");

    CommandRun run = steady.at("2026-11-20T12:00").run("calm", "--weeks", "1", "--json");

    Node week = Json.read(run.out().getBytes(StandardCharsets.UTF_8), "stdout").get("weeks").elements().get(0);
    assertThat(week.get("week").text()).isEqualTo("2026-11-16");
    assertThat(week.get("sessions").whole()).isEqualTo(1);
    assertThat(week.get("change").number()).isEqualTo(-1.0);
  }

  @Test
  @DisplayName("week gives the calm change of the week's rated sessions, and null ratings in a week without any")
  void weekShowsTheCalmChange() {
    steady.at("2026-11-10T08:00").run("breathe", "--duration", "10s", "--before", "3", "--after", "6");
    steady.at("2026-11-11T08:00").run("breathe", "--duration", "10s", "--before", "4", "--after", "6");
    steady.at("2026-11-12T08:00").run("breathe", "--duration", "10s");

    CommandRun run = steady.at("2026-11-20T12:00").run("week");
    CommandRun json = steady.at("2026-11-20T12:00").run("week", "--json");
    CommandRun none = steady.at("2026-11-20T12:00").run("week", "--date", "today", "--json");

    assertThat(run.code()).isZero();
    assertThat(run.outLines()).last().isEqualTo("breathing: 3 sessions, 0.5 min; calm 3.5 before, 6 after (+2.5), 2 rated sessions");
    Node calm = Json.read(json.out().getBytes(StandardCharsets.UTF_8), "stdout").get("calm");
    assertThat(calm.get("sessions").whole()).isEqualTo(2);
    assertThat(calm.get("before").number()).isEqualTo(3.5);
    assertThat(calm.get("after").number()).isEqualTo(6.0);
    assertThat(calm.get("change").number()).isEqualTo(2.5);
    Node empty = Json.read(none.out().getBytes(StandardCharsets.UTF_8), "stdout").get("calm");
    assertThat(empty.get("sessions").whole()).isZero();
    assertThat(empty.raw()).asInstanceOf(MAP).containsEntry("before", null).containsEntry("change", null);
    assertThat(steady.at("2026-11-20T12:00").run("week", "--date", "today").outLines()).last().asString()
        .doesNotContain("calm");
  }
}
