package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.habit.Entry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady history")
class HistoryCommandTest {
  @TempDir Path home;
  Steady steady;

  /** Recorded in this order: move today, a night for yesterday, plants for two days ago, fermented today. */
  @BeforeEach
  void a_few_entries_recorded_out_of_order() {
    steady = new Steady(home, "2026-11-20T12:00");
    steady.run("log", "move", "25m", "--note", "park");
    steady.at("2026-11-20T12:01").run("log", "sleep", "23:10", "06:55", "--date", "yesterday");
    steady.at("2026-11-20T12:02").run("log", "diet", "plants", "kale", "oats", "--date", "2026-11-18");
    steady.at("2026-11-20T12:03").run("log", "fermented");
  }

  @Test
  @DisplayName("prints the entries oldest first: by date, then by when they were recorded")
  void oldestFirst() {
    CommandRun run = steady.run("history");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(withoutIds(run.out()))
        .isEqualTo(
            """
            ID  2026-11-18 Wed  12:02  plants     kale, oats
            ID  2026-11-19 Thu  12:01  sleep      23:10 to 06:55
            ID  2026-11-20 Fri  12:00  move       25m "park"
            ID  2026-11-20 Fri  12:03  fermented
            """);
  }

  @Test
  @DisplayName("each line begins with the shortest start of the entry's id that no other entry shares")
  void shortIds() {
    List<String> ids = steady.entries().stream().map(Entry::id).toList();
    List<String> shown = steady.run("history").outLines().stream().map(l -> l.substring(0, l.indexOf(' '))).toList();

    assertThat(shown).hasSize(4).allSatisfy(prefix -> {
      assertThat(prefix).hasSizeGreaterThanOrEqualTo(4);
      assertThat(ids.stream().filter(id -> id.startsWith(prefix))).hasSize(1);
      if (prefix.length() > 4) {
        String shorter = prefix.substring(0, prefix.length() - 1);
        assertThat(ids.stream().filter(id -> id.startsWith(shorter))).hasSizeGreaterThan(1);
      }
    });
  }

  /** The ids are random in part: the lines with each id's column as ID, the columns after it realigned. */
  private static String withoutIds(String out) {
    return out.replaceAll("(?m)^[0-9a-z]+ +", "ID  ");
  }

  @Test
  @DisplayName("--since keeps entries of that day and later")
  void since() {
    assertThat(withoutIds(steady.run("history", "--since", "yesterday").out()).lines())
        .extracting(l -> l.substring(4, 14))
        .containsExactly("2026-11-19", "2026-11-20", "2026-11-20");
    assertThat(steady.run("history", "--since", "2026-11-20").out().lines()).hasSize(2);
  }

  @Test
  @DisplayName("--habit keeps one habit's entries")
  void habit() {
    assertThat(withoutIds(steady.run("history", "--habit", "move").out()))
        .isEqualTo("ID  2026-11-20 Fri  12:00  move  25m \"park\"\n");
  }

  @Test
  @DisplayName("says on stderr when nothing matches, and exits 0")
  void nothingMatches() {
    CommandRun run = steady.run("history", "--habit", "omega3");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("steady: no entries match\n");
  }

  @Test
  @DisplayName("--json prints {entries: [...]} with each entry's fields, oldest first")
  void json() {
    CommandRun run = steady.run("history", "--json", "--since", "2026-11-19", "--habit", "sleep");

    assertThat(run.code()).isZero();
    assertThat(run.out().replaceAll("\"id\": \"[0-9a-z]+\"", "\"id\": \"ID\""))
        .isEqualTo(
            """
            {
              "entries": [
                {
                  "id": "ID",
                  "habit": "sleep",
                  "date": "2026-11-19",
                  "recordedAt": "2026-11-20T12:01+01:00",
                  "bed": "23:10",
                  "wake": "06:55"
                }
              ]
            }
            """);
  }

  @Test
  @DisplayName("an unknown habit is a usage error listing the habits")
  void unknownHabit() {
    CommandRun run = steady.run("history", "--habit", "swim");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(
        "steady: --habit: unknown habit \"swim\"; expected one of breathe, sleep, move, plants, fermented, omega3\n");
  }

  @Test
  @DisplayName("a --since that is not a date is a usage error")
  void badSince() {
    CommandRun run = steady.run("history", "--since", "last week");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--since: expected a date YYYY-MM-DD, today or yesterday, found \"last week\"");
  }
}
