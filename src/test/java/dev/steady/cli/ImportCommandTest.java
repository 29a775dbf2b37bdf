package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.imports.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady import")
class ImportCommandTest {
  @TempDir Path home;
  @TempDir Path elsewhere;
  Steady steady;

  @BeforeEach
  void at_noon() {
    steady = new Steady(home, "2026-11-20T12:00");
  }

  @Test
  @DisplayName("without --yes shows where each habit goes and writes nothing")
  void preview() {
    CommandRun run = steady.run("import", "loop", Fixtures.folder("loop").toString(), "--map", "Meditate=breathe");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(
        "from Loop Habit Tracker (" + Fixtures.folder("loop") + "):\n"
            + "  \"Meditate\" -> breathe: 2 entries\n"
            + "  \"Walk\" -> walk (new: weekly-days, on 3 days a week): 2 entries\n"
            + "  \"Pages read\" -> pages-read (new: daily, at least 1 a day): 2 entries\n"
            + "  skipped 1: rest days (skips) are not brought in\n"
            + "6 of 6 entries are new to the log and 2 habits new to config.json; nothing written: run again with --yes to write them\n");
    assertThat(home).isEmptyDirectory();
  }

  @Test
  @DisplayName("with --yes writes the entries and the new habits, keeping the rest of config.json; again adds nothing")
  void writesOnceOnly() throws IOException {
    steady.writeConfig("{\"weekStartsOn\": \"SUNDAY\", \"version\": 1, \"habits\": [{\"id\": \"breathe\", \"kind\": \"daily\", \"min\": 2, \"unit\": \"min\"}]}\n");
    Path zip = Fixtures.loopZip(elsewhere);

    CommandRun run = steady.run("import", "loop", zip.toString(), "--map", "Meditate=breathe", "--yes");

    assertThat(run.code()).isZero();
    assertThat(run.out()).endsWith("added 6 of 6 entries to the log and 2 habits to config.json\n");
    assertThat(Files.readString(home.resolve("config.json"))).isEqualTo(
        "{\n  \"weekStartsOn\": \"SUNDAY\",\n  \"version\": 1,\n  \"habits\": [\n"
            + "    {\n      \"id\": \"breathe\",\n      \"kind\": \"daily\",\n      \"min\": 2,\n      \"unit\": \"min\"\n    },\n"
            + "    {\n      \"id\": \"walk\",\n      \"kind\": \"weekly-days\",\n      \"days\": 3,\n      \"dailyMin\": 1\n    },\n"
            + "    {\n      \"id\": \"pages-read\",\n      \"kind\": \"daily\",\n      \"min\": 1\n    }\n  ]\n}\n");
    assertThat(steady.entries()).extracting(e -> e.habit() + " " + e.date() + " " + e.amount() + " " + e.note())
        .containsExactlyInAnyOrder(
            "breathe 2024-03-05 " + new Amount.Time(Duration.ofMinutes(2)) + " null",
            "breathe 2024-03-01 " + new Amount.Time(Duration.ofMinutes(2)) + " calm, \"slow\"",
            "walk 2024-03-05 Count[count=1] null", "walk 2024-03-03 Count[count=1] by the river",
            "pages-read 2024-03-05 Count[count=12] null", "pages-read 2024-03-02 Count[count=3] a short story");
    assertThat(steady.entries()).extracting(e -> e.recordedAt().toString()).contains("2024-03-05T12:00+01:00");

    CommandRun again = steady.run("import", "loop", Fixtures.folder("loop").toString(), "--map", "Meditate=breathe", "--yes");

    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("\"Walk\" -> walk: 2 entries").endsWith("added 0 of 6 entries to the log\n");
    assertThat(steady.entries()).hasSize(6);
  }

  @Test
  @DisplayName("harsh: habits by frequency, amounts as counts, unknown habits and rest days skipped with the reason")
  void harsh() {
    CommandRun run = steady.run("import", "harsh", Fixtures.folder("harsh").toString(), "--yes");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(
        "from harsh (" + Fixtures.folder("harsh") + "):\n"
            + "  \"Meditated\" -> meditated (new: daily, at least 1 a day): 2 entries\n"
            + "  \"Gymmed\" -> gymmed (new: weekly-days, on 3 days a week): 1 entry\n"
            + "  \"Too much coffee\" -> too-much-coffee (new: weekly-days, on 1 day a week): 1 entry\n"
            + "  skipped 1: \"Read\" is not in harsh's list of habits\n"
            + "  skipped 1: rest days (skips) are not brought in\n"
            + "added 4 of 4 entries to the log and 3 habits to config.json\n");
    assertThat(steady.entries()).extracting(Entry::habit).contains("too-much-coffee");
    assertThat(steady.run("streaks").out()).contains("meditated", "gymmed", "breathe");
    assertThat(steady.run("import", "harsh", Fixtures.folder("harsh").toString(), "--yes").out())
        .endsWith("added 0 of 4 entries to the log\n");
  }

  @Test
  @DisplayName("a bad file exits 65 naming file, line and column, and writes nothing")
  void badFile() {
    Path harsh = Fixtures.copy("harsh", elsewhere);
    Fixtures.write(harsh.resolve("log"), "2024-03-01 : Meditated : y", "2024-03-02 : Meditated : maybe");

    CommandRun run = steady.run("import", "harsh", harsh.toString(), "--yes");

    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).isEqualTo("steady: " + harsh.resolve("log") + ":2:26: expected y, n or s, found \"maybe\"\n");
    assertThat(run.out()).isEmpty();
    assertThat(home).isEmptyDirectory();
  }

  @Test
  @DisplayName("--map of a habit the tracker does not have is a usage error")
  void unknownMap() {
    CommandRun run = steady.run("import", "harsh", Fixtures.folder("harsh").toString(), "--map", "Swim=move");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(
        "steady: --map Swim=…: harsh has no habit of that name (it has \"Meditated\", \"Gymmed\", \"Too much coffee\")\n");
    assertThat(home).isEmptyDirectory();
  }
}
