package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.habit.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady merge and export --json")
class MergeCommandTest {
  @TempDir Path laptopHome;
  @TempDir Path desktopHome;
  @TempDir Path freshHome;
  Steady laptop;
  Steady desktop;

  /** Two machines that share a morning, then each log, delete and edit on their own. */
  @BeforeEach
  void twoMachines() throws IOException {
    laptop = new Steady(laptopHome, "2026-11-20T08:00");
    laptop.run("log", "move", "25m");
    laptop.at("2026-11-20T08:01").run("log", "diet", "fermented");
    laptop.at("2026-11-20T08:02").run("log", "diet", "plants", "kale");
    Files.copy(laptop.logFile(), desktopHome.resolve("log.json"));
    desktop = new Steady(desktopHome, "2026-11-20T12:00");

    laptop.at("2026-11-20T09:00").run("log", "omega3");
    laptop.at("2026-11-20T09:01").run("undo");
    laptop.at("2026-11-20T09:02").run("delete", id(laptop, "fermented"));
    desktop.at("2026-11-20T12:00").run("log", "diet", "plants", "oats");
    desktop.at("2026-11-20T12:01").run("edit", id(desktop, "move"), "40m");
  }

  private static String id(Steady s, String habit) {
    return s.entries().stream().filter(e -> e.habit().equals(habit)).findFirst().orElseThrow().id();
  }

  private static List<String> described(Steady s) {
    return s.entries().stream().map(EntryText::describe).sorted().toList();
  }

  @Test
  @DisplayName("is the union both ways, deletions win, and merging again changes nothing")
  void unionBothWays() throws IOException {
    CommandRun run = laptop.run("merge", desktop.logFile().toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("merged " + desktop.logFile() + " into the log: 2 added, 1 removed, 0 conflicts\n");
    assertThat(described(laptop)).containsExactly("move 40m", "plants kale", "plants oats");

    assertThat(desktop.run("merge", laptop.logFile().toString()).out()).contains(": 0 added, 1 removed, 0 conflicts");
    assertThat(Files.readString(desktop.logFile())).isEqualTo(Files.readString(laptop.logFile()));

    byte[] before = Files.readAllBytes(laptop.logFile());
    assertThat(laptop.run("merge", desktop.logFile().toString()).out()).contains(": 0 added, 0 removed, 0 conflicts");
    assertThat(Files.readAllBytes(laptop.logFile())).isEqualTo(before);
  }

  @Test
  @DisplayName("reports two entries with one id and different content, keeping the later one")
  void conflict() throws IOException {
    String theirs = Files.readString(laptop.logFile()).replace("\"seconds\": 1500", "\"seconds\": 1800")
        .replace("2026-11-20T08:00+01:00", "2026-11-20T08:30+01:00");
    Path other = desktopHome.resolve("other.json");
    Files.writeString(other, theirs);

    CommandRun run = laptop.run("merge", other.toString(), "--json");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"conflicts\": [", "\"seconds\": 1800", "\"dropped\"", "\"settings\": false");
    assertThat(laptop.entries()).extracting(EntryText::describe).contains("move 30m");
    Files.writeString(other, theirs.replace("\"seconds\": 1800", "\"seconds\": 2100").replace("08:30+01:00", "08:40+01:00"));
    CommandRun plain = laptop.run("merge", other.toString(), "--dry-run");
    assertThat(plain.out()).isEqualTo("would merge " + other + " into the log: 0 added, 0 removed, 1 conflict\n"
        + "  conflict " + id(laptop, "move") + ": kept move 35m for 2026-11-20 recorded 2026-11-20T08:40+01:00,"
        + " dropped move 30m for 2026-11-20 recorded 2026-11-20T08:30+01:00\nnothing written (--dry-run)\n");
  }

  @Test
  @DisplayName("--dry-run says what it would do and writes nothing")
  void dryRun() throws IOException {
    byte[] before = Files.readAllBytes(laptop.logFile());

    CommandRun run = laptop.run("merge", desktop.logFile().toString(), "--dry-run");

    assertThat(run.out()).isEqualTo("would merge " + desktop.logFile()
        + " into the log: 2 added, 1 removed, 0 conflicts\nnothing written (--dry-run)\n");
    assertThat(Files.readAllBytes(laptop.logFile())).isEqualTo(before);
  }

  @Test
  @DisplayName("a file that does not parse, or of a newer version, changes nothing and exits 65")
  void refuses() throws IOException {
    byte[] before = Files.readAllBytes(laptop.logFile());
    Path broken = desktopHome.resolve("broken.json");
    Files.writeString(broken, "{\"version\": 2, \"entries\": [}");
    Path newer = desktopHome.resolve("newer.json");
    Files.writeString(newer, "{\"version\": 99, \"entries\": [], \"shiny\": 1}");

    CommandRun bad = laptop.run("merge", broken.toString());
    CommandRun future = laptop.run("merge", newer.toString());

    assertThat(bad.code()).isEqualTo(65);
    assertThat(bad.err()).startsWith("steady: " + broken + ":1:").doesNotContain("\n\n");
    assertThat(future.code()).isEqualTo(65);
    assertThat(future.err()).isEqualTo(
        "steady: " + newer + ": the log is version 99, newer than this steady reads (2): update steady to merge it\n");
    assertThat(Files.readAllBytes(laptop.logFile())).isEqualTo(before);
    assertThat(laptop.run("merge").code()).isEqualTo(2);
  }

  @Test
  @DisplayName("export --json is taken back whole by a fresh home, and by merge into its own home without a change")
  void exportRoundTrip() throws IOException {
    laptop.writeConfig("{\"version\": 1, \"dayStartsAt\": \"05:00\", \"habits\": [{\"id\": \"move\", \"kind\": \"weekly-days\", \"days\": 3, \"dailyMin\": 20, \"unit\": \"min\"}, {\"id\": \"plants\", \"kind\": \"weekly-distinct\", \"target\": 20}, {\"id\": \"fermented\", \"kind\": \"daily\"}, {\"id\": \"omega3\", \"kind\": \"daily\"}]}");
    CommandRun export = laptop.run("export", "--json");
    assertThat(export.code()).isZero();
    Path backup = laptopHome.resolve("backup.json");
    Files.writeString(backup, export.out());

    Steady fresh = new Steady(freshHome, "2026-11-21T08:00");
    CommandRun restore = fresh.run("merge", backup.toString());

    assertThat(restore.code()).isZero();
    assertThat(restore.out()).isEqualTo("merged " + backup + " into the log: 2 added, 0 removed, 0 conflicts\nwrote "
        + freshHome.resolve("config.json") + " from its settings\n");
    assertThat(fresh.entries()).isEqualTo(laptop.entries());
    assertThat(fresh.run("config", "--json").out().replace(freshHome.toString(), "HOME"))
        .isEqualTo(laptop.run("config", "--json").out().replace(laptopHome.toString(), "HOME"));
    assertThat(fresh.run("export", "--json").out()).isEqualTo(export.out());

    byte[] before = Files.readAllBytes(laptop.logFile());
    assertThat(laptop.run("merge", backup.toString()).out()).contains("0 added, 0 removed, 0 conflicts");
    assertThat(Files.readAllBytes(laptop.logFile())).isEqualTo(before);
  }

  @Test
  @DisplayName("a synced folder's conflict copy is merged on the next command and removed, with one line on stderr")
  void conflictCopies() throws IOException {
    Path syncthing = laptopHome.resolve("log.sync-conflict-20261120-120501-ABCDEF7.json");
    Files.copy(desktop.logFile(), syncthing);
    Path dropbox = laptopHome.resolve("log (Jane's conflicted copy 2026-11-20).json");
    Files.writeString(dropbox, "{ not json");

    CommandRun run = laptop.run("streaks");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEqualTo(
        "steady: left the conflict copy log (Jane's conflicted copy 2026-11-20).json as it is: " + dropbox
            + ":1:3: invalid JSON: expected a field name in double quotes, found 'n'\n"
            + "steady: merged the conflict copy log.sync-conflict-20261120-120501-ABCDEF7.json into log.json"
            + " (2 added, 1 removed, 0 conflicts) and removed it\n");
    assertThat(syncthing).doesNotExist();
    assertThat(dropbox).exists();
    assertThat(described(laptop)).containsExactly("move 40m", "plants kale", "plants oats");
    assertThat(laptop.run("streaks").err()).startsWith("steady: left the conflict copy log (Jane's").doesNotContain("merged");
  }
}
