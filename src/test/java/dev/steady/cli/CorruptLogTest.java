package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("a log that does not parse")
class CorruptLogTest {
  /** Broken on line 3, column 3 (the e of entries): a field name without quotes. */
  static final String BROKEN = "{\n  \"version\": 1,\n  entries: []\n}\n";

  @TempDir Path home;

  @ParameterizedTest(name = "steady {0} exits 65 naming file:line:col and leaves the log as it was")
  @ValueSource(strings = {"history", "history --json", "export --csv", "undo", "streaks", "streaks --json", "due", "due -q", "remind", "log move 25m", "log diet plants kale"})
  void failsEveryReadingCommand(String command) throws IOException {
    Steady steady = new Steady(home, "2026-11-20T12:00");
    steady.writeLog(BROKEN);

    CommandRun run = steady.run(command.split(" "));

    assertThat(run.code()).isEqualTo(65);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("steady: " + steady.logFile() + ":3:3: invalid JSON").hasLineCount(1);
    assertThat(Files.readString(steady.logFile())).isEqualTo(BROKEN);
  }
}
