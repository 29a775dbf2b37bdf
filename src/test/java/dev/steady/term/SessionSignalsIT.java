package dev.steady.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The animated session ended from outside, in a real terminal under tmux: SIGTERM, SIGHUP, the terminal
 * closing, a failure while drawing, and Ctrl-\. Each leaves the cursor shown, the normal screen, echo and
 * line mode as they were, records the partial session and exits with its own status.
 */
@DisplayName("The animated session ended by a signal or a failure, in a real terminal")
class SessionSignalsIT {
  private static final Path REPO = Path.of(System.getProperty("steady.repo", ".")).toAbsolutePath();
  private static final Pattern EXIT = Pattern.compile("(?m)^EXIT=(\\d+)$");
  private static final String PANE = "s";
  private static final long STARTUP_MILLIS = 30_000;

  @TempDir Path home;
  private Tmux tmux;

  @BeforeEach
  void open() throws Exception {
    assumeTrue(Tmux.installed(), "tmux is not installed: skipping the signal tests");
    tmux = new Tmux();
    tmux.open(PANE, REPO, "bash --norc --noprofile");
    tmux.type(PANE, "PS1='$ '; clear");
    tmux.waitFor(PANE, "a prompt", 10_000, screen -> screen.strip().equals("$"));
  }

  @AfterEach
  void close() throws Exception {
    if (tmux != null) {
      tmux.close();
    }
  }

  @Test
  @DisplayName("SIGTERM: terminal restored, the session recorded as stopped, status 143")
  void sigterm() throws Exception {
    ProcessHandle java = startSession("");
    Thread.sleep(1500);
    kill("TERM", java);
    assertEnded(143);
  }

  @Test
  @DisplayName("SIGHUP: terminal restored, the session recorded as stopped, status 129")
  void sighup() throws Exception {
    ProcessHandle java = startSession("");
    Thread.sleep(1500);
    kill("HUP", java);
    assertEnded(129);
  }

  @Test
  @DisplayName("a failure while drawing: terminal restored, the session so far recorded, one line, status 70")
  void failureWhileDrawing() throws Exception {
    startSession("STEADY_JAVA_OPTS=-Dsteady.test.drawingFailsAfter=15 ");
    String after = assertEnded(70);
    assertThat(after).contains("steady: internal error: java.lang.IllegalStateException: drawing failed on")
        .doesNotContain("\tat ");
  }

  @Test
  @DisplayName("Ctrl-\\ (SIGQUIT) prints no thread dump and the session goes on; q then stops it")
  void ctrlBackslash() throws Exception {
    startSession("");
    tmux.keys(PANE, "C-\\");
    Thread.sleep(1500);
    String screen = tmux.capture(PANE);
    assertThat(screen).doesNotContain("Full thread dump").doesNotContain("java.lang.Thread.State").contains("space pause");
    tmux.keys(PANE, "q");
    String after = assertEnded(0);
    assertThat(after).doesNotContain("Full thread dump");
  }

  @Test
  @DisplayName("the terminal closing (its window killed): the session recorded as stopped, status 129")
  void terminalCloses() throws Exception {
    Path rc = home.resolve("rc");
    tmux.open("gone", REPO, "bash --norc --noprofile -c \"trap 'echo hup' HUP; bin/steady breathe --duration 30s --home '"
        + home + "'; echo \\$? > '" + rc + "'\"");
    tmux.waitFor("gone", "the session screen", STARTUP_MILLIS, screen -> screen.contains("space pause"));
    Thread.sleep(1500);
    tmux.tmux("kill-session", "-t", "gone");
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!Files.exists(rc) && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    assertThat(Files.readString(rc).strip()).isEqualTo("129");
    assertStoppedSessionRecorded();
  }

  private ProcessHandle startSession(String environment) throws Exception {
    tmux.type(PANE, environment + "bin/steady breathe --duration 30s --home '" + home + "'; echo EXIT=$?");
    tmux.waitFor(PANE, "the session screen", STARTUP_MILLIS, screen -> screen.contains("space pause") && screen.contains("left"));
    return tmux.child(PANE);
  }

  private static void kill(String signal, ProcessHandle java) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(java.pid())).start();
    assertThat(kill.waitFor()).isZero();
  }

  /** Waits for the exit status, then checks it, the log and the terminal; returns the screen after the session. */
  private String assertEnded(int status) throws Exception {
    String after = tmux.waitFor(PANE, "the exit status", 20_000, screen -> EXIT.matcher(screen).find());
    Matcher m = EXIT.matcher(after);
    assertThat(m.find()).isTrue();
    assertThat(Integer.parseInt(m.group(1))).as("exit status; the screen shows:%n%s", after).isEqualTo(status);
    assertStoppedSessionRecorded();
    assertThat(tmux.tmux("display-message", "-p", "-t", PANE, "#{alternate_on} #{cursor_flag}").strip())
        .as("alternate screen left, cursor visible")
        .isEqualTo("0 1");
    tmux.type(PANE, "clear; stty -a; echo STTY-END");
    String stty = tmux.waitFor(PANE, "stty's output", 10_000, screen -> screen.contains("\nSTTY-END"));
    assertThat(stty).containsPattern("(^|[\\s;])echo([\\s;]|$)").doesNotContainPattern("(^|[\\s;])-echo([\\s;]|$)");
    assertThat(stty).containsPattern("(^|[\\s;])icanon([\\s;]|$)").doesNotContainPattern("(^|[\\s;])-icanon([\\s;]|$)");
    assertThat(stty).containsPattern("(^|[\\s;])isig([\\s;]|$)").doesNotContainPattern("(^|[\\s;])-isig([\\s;]|$)");
    return after;
  }

  private void assertStoppedSessionRecorded() throws Exception {
    String log = Files.readString(home.resolve("log.json"), StandardCharsets.UTF_8);
    assertThat(log).contains("\"habit\": \"breathe\"").contains("\"completed\": false");
  }
}
