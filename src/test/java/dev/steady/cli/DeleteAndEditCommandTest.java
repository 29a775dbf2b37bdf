package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.habit.Tombstone;
import dev.steady.store.LogFile;
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

@DisplayName("steady delete, edit and undo")
class DeleteAndEditCommandTest {
  private static final OffsetDateTime LATER = OffsetDateTime.parse("2026-11-20T13:00+01:00");

  @TempDir Path home;
  Steady steady;

  /** Three entries whose ids begin alike: aaaa1, aaaa2 and bbbb1. */
  @BeforeEach
  void a_log_with_known_ids() {
    steady = new Steady(home, "2026-11-20T12:00");
    steady.writeLog(
        """
        {"version": 1, "entries": [
          {"id": "aaaa1", "habit": "move", "date": "2026-11-19", "recordedAt": "2026-11-19T18:05:00+01:00", "seconds": 1500},
          {"id": "aaaa2", "habit": "plants", "date": "2026-11-19", "recordedAt": "2026-11-19T19:00:00+01:00", "items": ["kale"], "note": "lunch"},
          {"id": "bbbb1", "habit": "sleep", "date": "2026-11-20", "recordedAt": "2026-11-20T07:02:00+01:00", "bed": "23:10", "wake": "06:55"}
        ]}
        """);
    steady.at("2026-11-20T13:00");
  }

  private List<String> ids() {
    return steady.entries().stream().map(Entry::id).toList();
  }

  private List<Tombstone> deleted() {
    return new LogFile(steady.logFile()).contents().deleted();
  }

  @Test
  @DisplayName("history shows each entry's shortest unique id prefix and the time it was recorded")
  void historyShowsIds() {
    assertThat(steady.run("history").out())
        .isEqualTo(
            """
            aaaa1  2026-11-19 Thu  18:05  move    25m
            aaaa2  2026-11-19 Thu  19:00  plants  kale "lunch"
            bbbb   2026-11-20 Fri  07:02  sleep   23:10 to 06:55
            """);
  }

  @Nested
  @DisplayName("delete")
  class Delete {
    @Test
    @DisplayName("removes the entries named by id or unique prefix, prints them, and leaves tombstones")
    void byPrefix() {
      CommandRun run = steady.run("delete", "aaaa2", "bb");

      assertThat(run.code()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .isEqualTo("deleted plants kale \"lunch\" for 2026-11-19 (yesterday)\ndeleted sleep 23:10 to 06:55 for 2026-11-20 (today)\n");
      assertThat(ids()).containsExactly("aaaa1");
      assertThat(deleted()).containsExactly(new Tombstone("aaaa2", LATER), new Tombstone("bbbb1", LATER));
    }

    @Test
    @DisplayName("an ambiguous prefix is a usage error naming the entries, and nothing is removed")
    void ambiguous() {
      CommandRun run = steady.run("delete", "bbbb1", "aaaa");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .isEqualTo("steady: the id \"aaaa\" is ambiguous: 2 entries begin with it (aaaa1, aaaa2); give more of it\n");
      assertThat(ids()).containsExactly("aaaa1", "aaaa2", "bbbb1");
      assertThat(deleted()).isEmpty();
    }

    @Test
    @DisplayName("an id that names no entry is a usage error; one deleted before says when")
    void unknown() {
      CommandRun none = steady.run("delete", "zz");
      assertThat(none.code()).isEqualTo(2);
      assertThat(none.err()).isEqualTo("steady: no entry has the id \"zz\"; see 'steady history'\n");

      steady.run("delete", "aaaa1");
      CommandRun again = steady.run("delete", "aaaa1");
      assertThat(again.code()).isEqualTo(2);
      assertThat(again.err())
          .isEqualTo("steady: no entry has the id \"aaaa1\" (it was deleted at 2026-11-20T13:00+01:00); see 'steady history'\n");
    }

    @Test
    @DisplayName("needs at least one id")
    void noId() {
      CommandRun run = steady.run("delete");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).startsWith("steady: Missing required parameter: 'ID'");
    }
  }

  @Nested
  @DisplayName("edit")
  class Edit {
    @Test
    @DisplayName("writes the corrected entry under a new id, recorded now, and leaves a tombstone for the old one")
    void value() {
      CommandRun run = steady.run("edit", "aaaa1", "30m");

      assertThat(run.code()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).isEqualTo("edited move 25m for 2026-11-19 (yesterday): now move 30m for 2026-11-19 (yesterday)\n");
      Entry corrected = steady.entries().get(2);
      assertThat(ids()).hasSize(3).startsWith("aaaa2", "bbbb1").doesNotContain("aaaa1");
      assertThat(corrected.habit()).isEqualTo("move");
      assertThat(corrected.date()).isEqualTo(LocalDate.of(2026, 11, 19));
      assertThat(corrected.recordedAt()).isEqualTo(LATER);
      assertThat(corrected.amount()).isEqualTo(new Amount.Time(Duration.ofMinutes(30)));
      assertThat(deleted()).containsExactly(new Tombstone("aaaa1", LATER));
    }

    @Test
    @DisplayName("--date and --note change only what they say; an empty --note removes the note")
    void dateAndNote() {
      steady.run("edit", "aaaa2", "--date", "2026-11-18", "--note", "");
      Entry plants = steady.entries().get(2);

      assertThat(plants.date()).isEqualTo(LocalDate.of(2026, 11, 18));
      assertThat(plants.amount()).isEqualTo(new Amount.Items(List.of("kale")));
      assertThat(plants.note()).isNull();

      CommandRun noted = steady.run("edit", "bbbb", "--note", " short night ");
      assertThat(noted.out()).isEqualTo(
          "edited sleep 23:10 to 06:55 for 2026-11-20 (today): now sleep 23:10 to 06:55 \"short night\" for 2026-11-20 (today)\n");
    }

    @Test
    @DisplayName("validates as log does: a value that does not parse, a future day, --at on a night; nothing is written")
    void validates() {
      assertThat(steady.run("edit", "aaaa1", "lots").err()).isEqualTo(
          "steady: move: expected a duration such as 90s, 2m, 2m30s or 1h10m, found \"lots\"\n");
      assertThat(steady.run("edit", "aaaa1", "--date", "2026-11-21").err())
          .isEqualTo("steady: --date: 2026-11-21 is in the future (today is 2026-11-20)\n");
      assertThat(steady.run("edit", "bbbb", "--at", "07:00").err())
          .isEqualTo("steady: --at: sleep takes no --at: its WAKE time says when the night ended\n");
      CommandRun nothing = steady.run("edit", "aaaa1");
      assertThat(nothing.code()).isEqualTo(2);
      assertThat(nothing.err()).isEqualTo("steady: edit what? give a VALUE, --date, --at or --note (see 'steady edit --help')\n");

      assertThat(ids()).containsExactly("aaaa1", "aaaa2", "bbbb1");
      assertThat(deleted()).isEmpty();
    }

    @Test
    @DisplayName("a new night moves the entry to its wake date under the day-start rule")
    void night() {
      steady.run("edit", "bbbb", "23:40", "07:10", "--date", "yesterday");

      Entry night = steady.entries().get(2);
      assertThat(night.date()).isEqualTo(LocalDate.of(2026, 11, 19));
      assertThat(night.amount()).isEqualTo(new Amount.Night(LocalTime.of(23, 40), LocalTime.of(7, 10)));
    }
  }

  @Test
  @DisplayName("undo leaves a tombstone too, and migrates the log to the version with the deleted list")
  void undo() throws Exception {
    assertThat(steady.run("undo").out()).isEqualTo("removed sleep 23:10 to 06:55 for 2026-11-20 (today)\n");

    assertThat(deleted()).containsExactly(new Tombstone("bbbb1", LATER));
    assertThat(Files.readString(steady.logFile())).startsWith("{\n  \"version\": 2,");
    assertThat(home.resolve("log.json.v1.bak")).exists();
  }
}
