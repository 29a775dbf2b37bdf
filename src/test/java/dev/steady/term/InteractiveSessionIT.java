package dev.steady.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code steady breathe} in a real terminal: tmux runs a shell in an 80 by 24 window on a socket of its own,
 * the test types into it and reads the screen back. Needs the packaged jar (failsafe runs it after package).
 */
@DisplayName("The animated session in a real terminal")
class InteractiveSessionIT {
  private static final Path REPO = Path.of(System.getProperty("steady.repo", ".")).toAbsolutePath();
  private static final String SOCKET = "steady-it-" + UUID.randomUUID().toString().substring(0, 8);
  private static final String PANE = "it";
  private static final Pattern EXIT = Pattern.compile("(?m)^EXIT=(\\d+)$");
  private static final long STARTUP_MILLIS = 20_000;

  @TempDir Path home;

  @BeforeAll
  static void startTmux() throws Exception {
    assumeTrue(tmuxInstalled(), "tmux is not installed: skipping the interactive session test");
    tmux("-f", "/dev/null", "new-session", "-d", "-s", PANE, "-x", "80", "-y", "24", "-c", REPO.toString(),
        "bash --norc --noprofile");
    tmux("set-option", "-t", PANE, "status", "off");
    type("PS1='$ '");
  }

  @AfterAll
  static void stopTmux() throws Exception {
    if (tmuxInstalled()) {
      String socket = tmux("display-message", "-p", "#{socket_path}").strip();
      tmux("kill-server");
      // tmux leaves the socket file of a killed server behind
      if (socket.contains(SOCKET)) {
        Files.deleteIfExists(Path.of(socket));
      }
    }
  }

  @BeforeEach
  void clearTheScreen() throws Exception {
    type("clear");
    waitFor("a clear screen", screen -> screen.strip().equals("$"));
  }

  @Test
  @DisplayName("animates, pauses and holds still, resumes, and stops with q (status 0), leaving the terminal sane")
  void pausesResumesAndStops() throws Exception {
    startSession();
    String first = capture();
    Thread.sleep(1200);
    assertThat(capture()).as("the screen moves").isNotEqualTo(first);

    keys("Space");
    waitFor("the paused screen", screen -> screen.contains("paused"));
    Thread.sleep(300);
    String paused = capture();
    Thread.sleep(1500);
    assertThat(capture()).as("a paused screen holds still").isEqualTo(paused).contains("space resume");

    keys("Space");
    String resumed = waitFor("the resumed screen", screen -> !screen.contains("paused"));
    Thread.sleep(1200);
    assertThat(capture()).as("the screen moves again").isNotEqualTo(resumed);

    keys("q");
    String after = waitFor("the exit status", screen -> EXIT.matcher(screen).find());
    assertThat(exitStatus(after)).isEqualTo(0);
    assertThat(after).containsPattern("(?m)^stopped after \\d\\d:\\d\\d of breathing \\(\\d+ full breaths?");
    assertThat(Files.readString(home.resolve("log.json"))).contains("\"completed\": false");
    assertTerminalRestored();
  }

  @Test
  @DisplayName("stops on Ctrl-C with status 130, leaving the terminal sane")
  void stopsOnCtrlC() throws Exception {
    startSession();
    keys("C-c");
    String after = waitFor("the exit status", screen -> EXIT.matcher(screen).find());
    assertThat(exitStatus(after)).isEqualTo(130);
    assertThat(after).containsPattern("(?m)^stopped after \\d\\d:\\d\\d of breathing \\(\\d+ full breaths?");
    assertTerminalRestored();
  }

  @Test
  @DisplayName("plain mode at a terminal: space pauses and resumes, q stops, and no key is echoed")
  void plainModeListensToKeys() throws Exception {
    type("bin/steady breathe --plain --duration 30s --home '" + home + "'; echo EXIT=$?");
    waitFor("the first phase line", STARTUP_MILLIS, screen -> screen.contains("00:00 inhale"));
    keys("x");
    keys("Space");
    waitFor("the paused line", screen -> screen.contains("paused, space resumes"));
    String paused = capture();
    Thread.sleep(4500);
    assertThat(capture()).as("no phase starts while paused").isEqualTo(paused);

    keys("Space");
    waitFor("the resumed line", screen -> screen.contains(" resumed"));
    keys("q");
    String after = waitFor("the exit status", screen -> EXIT.matcher(screen).find());
    assertThat(exitStatus(after)).isEqualTo(0);
    assertThat(after).containsPattern("(?m)^stopped after ");
    assertThat(after).as("no typed key shows").doesNotContainPattern("(?m)^[xq ]");
    assertThat(Files.readString(home.resolve("log.json"))).contains("\"completed\": false");
    assertTerminalRestored();
  }

  @Test
  @DisplayName("plain mode at a terminal: Esc stops")
  void plainModeStopsOnEsc() throws Exception {
    type("bin/steady breathe --plain --duration 30s --no-log --home '" + home + "'; echo EXIT=$?");
    waitFor("the first phase line", STARTUP_MILLIS, screen -> screen.contains("00:00 inhale"));
    keys("Escape");
    String after = waitFor("the exit status", screen -> EXIT.matcher(screen).find());
    assertThat(exitStatus(after)).isEqualTo(0);
    assertThat(after).containsPattern("(?m)^stopped after ");
    assertTerminalRestored();
  }

  private void startSession() throws Exception {
    type("bin/steady breathe --duration 30s --home '" + home + "'; echo EXIT=$?");
    waitFor("the session screen", STARTUP_MILLIS, screen -> screen.contains("space pause") && screen.contains("left"));
  }

  /** Back on the normal screen, cursor shown, and the shell's terminal modes (echo, canonical input) intact. */
  private void assertTerminalRestored() throws Exception {
    assertThat(tmux("display-message", "-p", "-t", PANE, "#{alternate_on} #{cursor_flag}").strip())
        .as("alternate screen off, cursor visible")
        .isEqualTo("0 1");
    type("clear; stty -a; echo STTY-END");
    String stty = waitFor("stty's output", screen -> screen.contains("\nSTTY-END"));
    assertThat(stty).containsPattern("(^|[\\s;])echo([\\s;]|$)").doesNotContainPattern("(^|[\\s;])-echo([\\s;]|$)");
    assertThat(stty).containsPattern("(^|[\\s;])icanon([\\s;]|$)").doesNotContainPattern("(^|[\\s;])-icanon([\\s;]|$)");
  }

  private static int exitStatus(String screen) {
    Matcher m = EXIT.matcher(screen);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static void type(String line) throws Exception {
    tmux("send-keys", "-t", PANE, "-l", line);
    keys("Enter");
  }

  private static void keys(String key) throws Exception {
    tmux("send-keys", "-t", PANE, key);
  }

  private static String capture() throws Exception {
    return tmux("capture-pane", "-p", "-t", PANE);
  }

  private static String waitFor(String what, Predicate<String> ready) throws Exception {
    return waitFor(what, 10_000, ready);
  }

  private static String waitFor(String what, long millis, Predicate<String> ready) throws Exception {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    String screen = capture();
    while (!ready.test(screen)) {
      assertThat(System.nanoTime()).as("waiting for %s; the screen shows:%n%s", what, screen).isLessThan(end);
      Thread.sleep(100);
      screen = capture();
    }
    return screen;
  }

  private static boolean tmuxInstalled() {
    try {
      return run(List.of("tmux", "-V")).startsWith("tmux");
    } catch (IOException e) {
      return false;
    }
  }

  private static String tmux(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", SOCKET));
    command.addAll(List.of(args));
    return run(command);
  }

  private static String run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command, e);
    }
  }
}
