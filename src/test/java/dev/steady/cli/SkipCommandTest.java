package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.json.Json;
import dev.steady.json.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady skip")
class SkipCommandTest {
  @TempDir Path home;
  Steady steady;

  /** Friday 20 November 2026, noon. */
  @BeforeEach
  void at_noon() {
    steady = new Steady(home, "2026-11-20T12:00");
  }

  @Test
  @DisplayName("records a rest day with its note and says how much of the budget is used")
  void rests() {
    CommandRun run = steady.run("skip", "move", "--note", "flu");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("rested move for 2026-11-20 (today) (1 of 4 rest days in the last 30 used)\n");
    Entry rest = steady.entries().get(0);
    assertThat(rest.amount()).isEqualTo(new Amount.Rest());
    assertThat(rest.note()).isEqualTo("flu");
    assertThat(steady.run("history").out()).endsWith("  2026-11-20 Fri  12:00  move  (rest day) \"flu\"\n");
  }

  @Test
  @DisplayName("a rested day carries a day habit's streak across a week's turn, without lengthening it")
  void acrossTheWeeksTurn() {
    steady.run("log", "fermented", "--date", "2026-11-13");
    steady.run("log", "fermented", "--date", "2026-11-14");
    steady.run("skip", "fermented", "--date", "2026-11-15");
    steady.run("log", "fermented", "--date", "2026-11-16");
    steady.run("skip", "move", "--date", "2026-11-15");
    steady.at("2026-11-16T20:00");

    Node fermented = habit(steady.run("streaks", "--json", "--days", "8"), "fermented");

    assertThat(fermented.get("current").whole()).isEqualTo(3);
    assertThat(fermented.get("rested").whole()).isEqualTo(1);
    assertThat(fermented.get("cells").elements().get(6).get("level").text()).isEqualTo("rested");
    // strength: three met days, the rested Sunday left out
    double m = Math.pow(0.5, 1 / 13.0);
    double s = 0;
    for (int v : new int[] {1, 1, 1}) {
      s = s * m + v * (1 - m);
    }
    assertThat(fermented.get("strength").number()).isCloseTo(s, within(1e-4));
    // the rest on Sunday lowered the week that ended then, not this one
    Node move = habit(steady.run("streaks", "--json"), "move");
    assertThat(move.get("progress").get("target").whole()).isEqualTo(5);
  }

  @Test
  @DisplayName("a rested day lowers its week's target pro rata, rounded down, and shows as ~ in the heatmap")
  void lowersTheWeek() {
    steady.run("skip", "move", "--date", "2026-11-16");
    steady.run("skip", "omega3", "--date", "2026-11-16");

    CommandRun run = steady.run("streaks", "--days", "5");

    assertThat(run.out()).contains("move       0 of 4 days this week", "omega3     0 of 1 day this week");
    assertThat(run.out()).contains("move       ~....");
  }

  @Test
  @DisplayName("at the budget's edge: the fifth rest day in 30 is refused with exit 2 and the day it is free")
  void budgetsEdge() {
    for (String day : new String[] {"2026-10-22", "2026-11-01", "2026-11-10", "2026-11-19"}) {
      assertThat(steady.run("skip", "breathe", "--date", day).code()).isZero();
    }

    CommandRun refused = steady.run("skip", "breathe");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).isEqualTo(
        "steady: breathe may rest 4 days in any 30 (restDays in config.json), and 4 are taken around 2026-11-20:"
            + " the next rest day is free on 2026-11-21\n");
    // the 30 days from 22 October hold four rests until 20 November: 21 November is the first day outside
    steady.at("2026-11-21T12:00");
    assertThat(steady.run("skip", "breathe").code()).isZero();
    assertThat(steady.entries()).hasSize(5);
  }

  @Test
  @DisplayName("restDays in config.json sets the budget; 0 allows none")
  void configuredBudget() {
    steady.writeConfig("{\"restDays\": 0}");

    CommandRun refused = steady.run("skip", "breathe");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("steady: breathe may rest 0 days in any 30 (restDays in config.json)\n");
  }

  @Test
  @DisplayName("across the spring DST change the budget counts days, and 03:30 still belongs to the day before")
  void dst() {
    steady.at("2026-03-29T03:30");
    assertThat(steady.run("skip", "sleep").out()).startsWith("rested sleep for 2026-03-28 (today)");
    steady.at("2026-04-01T12:00");
    for (String day : new String[] {"2026-03-29", "2026-03-30", "2026-03-31"}) {
      assertThat(steady.run("skip", "sleep", "--date", day).code()).isZero();
    }

    CommandRun refused = steady.run("skip", "sleep");

    assertThat(refused.err()).endsWith("the next rest day is free on 2026-04-27\n");
  }

  @Test
  @DisplayName("refuses a limit, an unknown habit, a day already rested and a future day, writing nothing")
  void refuses() {
    steady.writeConfig("{\"habits\": [{\"id\": \"alcohol\", \"kind\": \"weekly-at-most\", \"max\": 3},"
        + " {\"id\": \"move\", \"kind\": \"weekly-days\", \"days\": 5, \"dailyMin\": 20, \"unit\": \"min\"}]}");
    steady.run("skip", "move");

    assertThat(steady.run("skip", "alcohol").err())
        .isEqualTo("steady: alcohol is a limit: a day without it keeps it already, so it takes no rest days\n");
    assertThat(steady.run("skip", "swim").err()).isEqualTo("steady: unknown habit \"swim\"; expected one of alcohol, move\n");
    assertThat(steady.run("skip", "move").err()).isEqualTo("steady: move already rests on 2026-11-20\n");
    assertThat(steady.run("skip", "move", "--date", "2026-11-21").err())
        .isEqualTo("steady: --date: 2026-11-21 is in the future (today is 2026-11-20)\n");
    assertThat(steady.run("skip", "move", "--date", "2026-11-21").code()).isEqualTo(2);
    assertThat(steady.entries()).hasSize(1);
  }

  private static Node habit(CommandRun run, String id) {
    Node root = Json.read(run.out().getBytes(StandardCharsets.UTF_8), "streaks");
    return root.get("habits").elements().stream().filter(h -> h.get("id").text().equals(id)).findFirst().orElseThrow();
  }
}
