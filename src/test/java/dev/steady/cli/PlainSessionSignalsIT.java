package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A plain session through the real launcher, sent SIGTERM, SIGHUP or SIGQUIT from outside. */
@DisplayName("bin/steady breathe --plain and signals")
class PlainSessionSignalsIT {
  @TempDir Path home;

  @ParameterizedTest(name = "SIG{0}")
  @CsvSource({"TERM, 143", "HUP, 129"})
  @DisplayName("SIGTERM and SIGHUP record the partial session as stopped and exit 143 and 129")
  void stopsAndRecords(String signal, int status) throws Exception {
    LaunchedProcess session = LaunchedProcess.steady("breathe", "--plain", "--duration", "60s", "--home", home.toString());
    assertThat(session.awaitLines(2, 30_000)).as(session.err()).hasSize(2);

    send(signal, session);

    assertThat(session.exitCode(20)).as(session.err()).isEqualTo(status);
    assertThat(session.texts().get(session.texts().size() - 1)).startsWith("stopped after ");
    assertThat(session.err()).isEmpty();
    assertThat(Files.readString(home.resolve("log.json"), StandardCharsets.UTF_8)).contains("\"completed\": false");
  }

  @ParameterizedTest(name = "SIGQUIT")
  @CsvSource("QUIT")
  @DisplayName("SIGQUIT prints no thread dump, on stdout or stderr, and the session goes on")
  void noThreadDump(String signal) throws Exception {
    LaunchedProcess session = LaunchedProcess.steady("breathe", "--plain", "--duration", "10s", "--no-log", "--home", home.toString());
    assertThat(session.awaitLines(1, 30_000)).as(session.err()).hasSize(1);

    send(signal, session);

    assertThat(session.exitCode(30)).as(session.err()).isZero();
    assertThat(session.texts().get(session.texts().size() - 1)).startsWith("done ");
    assertThat(String.join("\n", session.texts())).doesNotContain("Full thread dump").doesNotContain("Thread.State");
    assertThat(session.err()).isEmpty();
  }

  private static void send(String signal, LaunchedProcess session) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(session.pid())).inheritIO().start();
    assertThat(kill.waitFor()).isZero();
  }
}
