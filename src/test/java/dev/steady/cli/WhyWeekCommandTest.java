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

@DisplayName("steady why, week, and a limit passed")
class WhyWeekCommandTest {
  @TempDir Path home;
  Steady steady;

  /** Friday 20 November 2026: fermented on 9–12 and 17–19 November; move 25m on five days of last week. */
  @BeforeEach
  void a_few_weeks() {
    steady = new Steady(home, "2026-11-20T12:00");
    for (String day : List.of("09", "10", "11", "12", "17", "18", "19")) {
      steady.run("log", "fermented", "--date", "2026-11-" + day);
    }
    for (String day : List.of("09", "10", "11", "12", "13", "16")) {
      steady.run("log", "move", "25m", "--date", "2026-11-" + day);
    }
    steady.run("log", "plants", "kale", "oats", "--date", "2026-11-10");
    steady.run("log", "plants", "kale", "rye", "Fig", "--date", "2026-11-17");
  }

  @Test
  @DisplayName("why names the run, what broke the one before, what today needs and the day it must be logged by")
  void whyDay() {
    CommandRun run = steady.run("why", "fermented");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("""
        fermented: a 3-day streak: met from Tuesday 17 November 2026 to Thursday 19 November 2026
          the run before it (4 days) was broken on Friday 13 November 2026
          today needs 1 more today: by Friday 20 November 2026 it keeps your 3-day streak
          strength 27%, best streak 4 days
        """);
  }

  @Test
  @DisplayName("why for a week habit names weeks, and --json gives the dates")
  void whyWeek() {
    CommandRun run = steady.run("why", "move", "--json");

    Node why = Json.read(run.out().getBytes(StandardCharsets.UTF_8), "why");
    assertThat(why.get("current").whole()).isEqualTo(1);
    assertThat(why.get("runFirst").text()).isEqualTo("2026-11-09");
    assertThat(why.get("runLast").text()).isEqualTo("2026-11-09");
    assertThat(why.get("keepBy").text()).isEqualTo("2026-11-22");
    assertThat(why.get("needs").text()).startsWith("out of reach this week (4 more days of 20m needed");
    assertThat(why.get("runBefore").whole()).isZero();
    assertThat(steady.run("why", "move").out()).startsWith(
        "move: a 1-week streak: met on the week of Monday 9 November 2026\n  it is the first run\n");
  }

  @Test
  @DisplayName("why for an unknown habit is a usage error")
  void whyUnknown() {
    CommandRun run = steady.run("why", "swim");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("steady: unknown habit \"swim\"");
  }

  @Test
  @DisplayName("week reviews the week just ended: met, days, minutes, new items, breathing")
  void week() {
    CommandRun run = steady.run("week", "--json");

    assertThat(run.code()).isZero();
    Node week = Json.read(run.out().getBytes(StandardCharsets.UTF_8), "week");
    assertThat(week.get("from").text()).isEqualTo("2026-11-09");
    assertThat(week.get("to").text()).isEqualTo("2026-11-15");
    Node move = byId(week, "move");
    assertThat(move.get("met").bool()).isTrue();
    assertThat(move.get("days").whole()).isEqualTo(5);
    assertThat(move.get("minutes").number()).isEqualTo(125);
    assertThat(byId(week, "fermented").get("days").whole()).isEqualTo(4);
    assertThat(week.get("breathing").get("sessions").whole()).isZero();

    Node thisWeek = Json.read(steady.run("week", "--date", "today", "--json").out().getBytes(StandardCharsets.UTF_8), "week");
    Node plants = byId(thisWeek, "plants");
    assertThat(plants.get("items").elements()).extracting(Node::text).containsExactly("kale", "rye", "Fig");
    assertThat(plants.get("newItems").elements()).extracting(Node::text).containsExactly("rye", "Fig");
    assertThat(thisWeek.get("asOf").text()).isEqualTo("2026-11-20");
    assertThat(steady.run("week", "--date", "today").out())
        .startsWith("week of 2026-11-16 to 2026-11-22 (so far, to 2026-11-20)\n")
        .contains("plants: 3 different, new this week: rye, Fig\n")
        .endsWith("breathing: 0 sessions, 0 min\n");
  }

  @Test
  @DisplayName("logging past a limit says so on stderr; a limit never logged is met")
  void limit() {
    steady.writeConfig("{\"habits\": [{\"id\": \"alcohol\", \"kind\": \"weekly-at-most\", \"max\": 3}]}");
    Node before = byId(Json.read(steady.run("streaks", "--json").out().getBytes(StandardCharsets.UTF_8), "s"), "alcohol");
    assertThat(before.get("met").bool()).isTrue();
    assertThat(before.get("current").whole()).isEqualTo(2);

    assertThat(steady.run("log", "alcohol", "3").err()).isEmpty();
    CommandRun over = steady.run("log", "alcohol");

    assertThat(over.code()).isZero();
    assertThat(over.out()).isEqualTo("logged alcohol for 2026-11-20 (today)\n");
    assertThat(over.err()).isEqualTo("alcohol: 4 of at most 3 this week\n");
    assertThat(steady.run("streaks", "--days", "1").out()).contains("alcohol  !");
  }

  private static Node byId(Node root, String id) {
    return root.get("habits").elements().stream().filter(h -> h.get("id").text().equals(id)).findFirst().orElseThrow();
  }
}
