package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.json.Json;
import dev.steady.json.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady streaks")
class StreaksCommandTest {
  @TempDir Path home;
  Steady steady;

  /**
   * Friday 2026-11-20 at noon. fermented: a run of four days (9th–12th) and one of three ending yesterday;
   * move: five days of 25m last week and two this week; breathe: 2m today.
   */
  @BeforeEach
  void a_few_weeks_of_habits() {
    steady = new Steady(home, "2026-11-20T12:00");
    for (String day : List.of("09", "10", "11", "12", "17", "18", "19")) {
      steady.run("log", "fermented", "--date", "2026-11-" + day);
    }
    for (String day : List.of("09", "10", "11", "12", "13", "16", "17")) {
      steady.run("log", "move", "25m", "--date", "2026-11-" + day);
    }
    steady.run("log", "breathe", "2m");
  }

  @Test
  @DisplayName("prints a table of progress and streaks, then a heatmap in symbols with a legend")
  void table() {
    CommandRun run = steady.run("streaks", "--days", "7");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            """
            habit      progress                 met  current  best     strength
            breathe    2m of 2m today           yes  1 day    1 day    5%
            sleep      0 of 1 night today       no   0 days   0 days   0%
            move       2 of 5 days this week    no   1 week   1 week   31%
            plants     0 of 30 items this week  no   0 weeks  0 weeks  0%
            fermented  0 of 1 today             no   3 days   4 days   27%
            omega3     0 of 2 days this week    no   0 weeks  0 weeks  0%

            last 7 days, 2026-11-14 to 2026-11-20:
                       SS MTWTF
            breathe    .. ....#
            sleep      .. .....
            move       .. ##...
            plants     .. .....
            fermented  .. .###.
            omega3     .. .....
            # met   + some (a limit: within it)   ~ rested   ! over a limit   . none
            """);
  }

  @Test
  @DisplayName("shows a day with some but not enough as +")
  void some() {
    steady.run("log", "move", "5m");

    assertThat(steady.run("streaks", "--days", "1").out()).contains("move       +\n");
  }

  @Test
  @DisplayName("covers 28 days by default")
  void defaultDays() {
    assertThat(steady.run("streaks").out()).contains("last 28 days, 2026-10-24 to 2026-11-20:");
  }

  @Test
  @DisplayName("--json prints the date and, per habit, id, period, met, current, best, progress and cells")
  void json() {
    CommandRun run = steady.run("streaks", "--json", "--days", "3");

    assertThat(run.code()).isZero();
    Node doc = Json.read(run.out().getBytes(StandardCharsets.UTF_8), "stdout");
    assertThat(doc.get("date").text()).isEqualTo("2026-11-20");
    List<Node> habits = doc.get("habits").elements();
    assertThat(habits).extracting(h -> h.get("id").text())
        .containsExactly("breathe", "sleep", "move", "plants", "fermented", "omega3");
    Node fermented = habits.get(4);
    assertThat(fermented.get("period").text()).isEqualTo("day");
    assertThat(fermented.get("met").bool()).isFalse();
    assertThat(fermented.get("current").whole()).isEqualTo(3);
    assertThat(fermented.get("best").whole()).isEqualTo(4);
    assertThat(fermented.get("progress").get("value").whole()).isZero();
    assertThat(fermented.get("progress").get("target").whole()).isEqualTo(1);
    assertThat(fermented.get("progress").has("unit")).isFalse();
    assertThat(fermented.get("cells").elements())
        .extracting(c -> c.get("date").text() + " " + c.get("level").text())
        .containsExactly("2026-11-18 met", "2026-11-19 met", "2026-11-20 none");
    Node move = habits.get(2);
    assertThat(move.get("period").text()).isEqualTo("week");
    assertThat(move.get("current").whole()).isEqualTo(1);
    assertThat(move.get("progress").get("value").whole()).isEqualTo(2);
    assertThat(move.get("progress").get("unit").text()).isEqualTo("days");
    assertThat(run.out()).contains("\"unit\": null");
  }

  @Test
  @DisplayName("at a terminal draws the heatmap in colour")
  void colour() {
    String out = steady.atTerminal().run("streaks").out();

    assertThat(out).contains("\u001b[32m■\u001b[0m", "\u001b[90m·\u001b[0m").doesNotContain("# met");
  }

  @Test
  @DisplayName("with NO_COLOR, or TERM=dumb, at a terminal prints no escape codes")
  void noColour() {
    assertThat(steady.atTerminal().env("NO_COLOR", "1").run("streaks").out()).doesNotContain("\u001b").contains("# met");
    assertThat(steady.env("NO_COLOR", "").env("TERM", "dumb").run("streaks").out()).doesNotContain("\u001b");
  }

  @Test
  @DisplayName("of an empty log is all zeros")
  void emptyLog() {
    Steady fresh = new Steady(home.resolve("fresh"), "2026-11-20T12:00");

    CommandRun run = fresh.run("streaks", "--days", "2");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("breathe    0m of 2m today           no   0 days   0 days");
  }

  @Test
  @DisplayName("refuses --days outside 1 to 366")
  void days() {
    CommandRun run = steady.run("streaks", "--days", "0");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("steady: --days: expected 1 to 366, found 0\n");
    assertThat(steady.run("streaks", "--days", "lots").code()).isEqualTo(2);
  }
}
