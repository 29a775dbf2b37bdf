package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.habit.Entry;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady undo")
class UndoCommandTest {
  @TempDir Path home;
  Steady steady;

  @BeforeEach
  void at_noon() {
    steady = new Steady(home, "2026-11-20T12:00");
  }

  @Test
  @DisplayName("removes the entry recorded last and prints it, whatever day it counts for")
  void removesTheLast() {
    steady.run("log", "move", "25m");
    steady.at("2026-11-20T12:05").run("log", "diet", "plants", "kale", "--date", "yesterday");

    CommandRun run = steady.run("undo");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("removed plants kale for 2026-11-19 (yesterday)\n");
    assertThat(run.err()).isEmpty();
    assertThat(steady.entries()).extracting(Entry::habit).containsExactly("move");
  }

  @Test
  @DisplayName("twice removes two entries, then says there is nothing left")
  void untilEmpty() {
    steady.run("log", "move", "25m");

    assertThat(steady.run("undo").out()).isEqualTo("removed move 25m for 2026-11-20 (today)\n");
    CommandRun nothing = steady.run("undo");

    assertThat(nothing.code()).isZero();
    assertThat(nothing.out()).isEmpty();
    assertThat(nothing.err()).isEqualTo("steady: nothing to undo: the log has no entries\n");
  }

  @Test
  @DisplayName("on a log that does not exist says so, exits 0 and creates nothing")
  void emptyLog() {
    CommandRun run = steady.run("undo");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEqualTo("steady: nothing to undo: the log has no entries\n");
    assertThat(home).isEmptyDirectory();
  }
}
