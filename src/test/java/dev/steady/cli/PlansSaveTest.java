package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("steady plans save")
class PlansSaveTest {
  @TempDir Path home;
  Steady steady;

  @BeforeEach
  void setUp() {
    steady = new Steady(home, "2026-11-20T08:00").inVirtualTime();
  }

  @Test
  @DisplayName("writes what was tried as a user plan that breathes as the tried session did")
  void savesWhatWasTried() throws Exception {
    CommandRun tried = steady.run("breathe", "box", "--bpm", "5", "--ratio", "4:2:4:0", "--duration", "1m", "--no-log");

    CommandRun save = steady.run("plans", "save", "mine", "--from", "box", "--bpm", "5", "--ratio", "4:2:4:0", "--duration", "1m");

    assertThat(save.code()).isZero();
    Path file = home.resolve("plans/mine.json");
    assertThat(save.out()).isEqualTo("saved " + file + "; 'steady breathe mine' runs it\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(steady.run("breathe", "mine", "--no-log").outLines()).isEqualTo(tried.outLines());
    assertThat(steady.run("plans").out()).contains("mine").contains("(yours)");
  }

  @Test
  void theDefaultSourceIsResonance() {
    steady.run("plans", "save", "slow", "--bpm", "5.5");

    assertThat(steady.run("plans", "show", "slow").outLines())
        .contains("duration 5m, 28 breaths, 5.5 bpm");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"../escape", "a/b", ".hidden", "..", "-dash", "name.json", "white space", "tab\tname", ""})
  @DisplayName("refuses names that would leave the plans folder or not be a plain file name")
  void refusesNamesThatLeaveThePlansFolder(String name) {
    CommandRun run = steady.run("plans", "save", name);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("steady: ").doesNotContain("\t");
    assertThat(home.resolve("plans")).doesNotExist();
  }
}
