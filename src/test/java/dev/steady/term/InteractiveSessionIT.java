package dev.steady.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
  private static final String PANE = "it";
  private static final Pattern EXIT = Pattern.compile("(?m)^EXIT=(\\d+)$");
  /** Start-up on a loaded machine, and the six-second lead-in. */
  private static final long STARTUP_MILLIS = 30_000;

  private static Tmux tmux;

  @TempDir Path home;

  @BeforeAll
  static void startTmux() throws Exception {
    assumeTrue(Tmux.installed(), "tmux is not installed: skipping the interactive session test");
    tmux = new Tmux();
    tmux.open(PANE, REPO, "bash --norc --noprofile");
    type("PS1='$ '");
  }

  @AfterAll
  static void stopTmux() throws Exception {
    if (tmux != null) {
      tmux.close();
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
    String rest = waitFor("the rest screen", screen -> screen.contains("Rest."));
    assertThat(rest).contains("stopped after").contains("today ").contains("streak ").contains("any key to finish");
    keys("x");
    String after = waitFor("the exit status", screen -> EXIT.matcher(screen).find());
    assertThat(exitStatus(after)).isEqualTo(0);
    assertThat(after).containsPattern("(?m)^stopped after \\d\\d:\\d\\d of breathing \\(\\d+ full breaths?");
    assertThat(Files.readString(home.resolve("log.json"))).contains("\"completed\": false");
    assertTerminalRestored();
  }

  @Test
  @DisplayName("a lead-in comes first and does not count: a 10-second session breathes 10 s, then rests")
  void theLeadInIsExcludedFromTheTiming() throws Exception {
    type("bin/steady breathe --duration 10s --json --home '" + home + "'; echo EXIT=$?");
    waitFor("the lead-in", STARTUP_MILLIS, screen -> screen.contains("Settle in.") && screen.contains("Breathe naturally."));
    long leadIn = System.nanoTime();
    waitFor("the countdown", screen -> screen.contains("Get ready"));
    waitFor("the session screen", screen -> screen.contains("space pause") && screen.contains("left"));
    waitFor("the rest screen", 20_000, screen -> screen.contains("Rest.") && screen.contains("done 1 breath in 00:10"));
    assertThat((System.nanoTime() - leadIn) / 1e9).as("seconds from the lead-in to the rest").isGreaterThan(15.0);
    keys("Enter");
    String after = waitFor("the exit status", screen -> EXIT.matcher(screen).find());
    assertThat(exitStatus(after)).isEqualTo(0);
    assertThat(after).contains("\"completed\": true").contains("\"seconds\": 10.0");
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
    assertThat(tmux.tmux("display-message", "-p", "-t", PANE, "#{alternate_on} #{cursor_flag}").strip())
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
    tmux.type(PANE, line);
  }

  private static void keys(String key) throws Exception {
    tmux.keys(PANE, key);
  }

  private static String capture() throws Exception {
    return tmux.capture(PANE);
  }

  private static String waitFor(String what, Predicate<String> ready) throws Exception {
    return waitFor(what, 10_000, ready);
  }

  private static String waitFor(String what, long millis, Predicate<String> ready) throws Exception {
    return tmux.waitFor(PANE, what, millis, ready);
  }
}
