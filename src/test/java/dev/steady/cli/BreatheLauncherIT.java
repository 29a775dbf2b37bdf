package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.store.LogFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real sessions through the real launcher, in real time. The three sessions run side by side (started
 * together before the tests), so the whole class takes about as long as the longest, some 20 seconds.
 */
@DisplayName("bin/steady breathe, for real")
class BreatheLauncherIT {
  private static final long MS = 1_000_000L;
  /** How far a line may be from its time: the pacer itself is within a few ms; this allows for a busy box. */
  private static final long TOLERANCE_MS = 400;

  @TempDir static Path homes;
  static LaunchedProcess twentySeconds;
  static LaunchedProcess piped;
  static LaunchedProcess interrupted;
  static Thread ctrlC;
  static volatile boolean sigintIgnored;

  @BeforeAll
  static void startTheSessions() throws IOException {
    twentySeconds = LaunchedProcess.steady("breathe", "--duration", "20s", "--plain", "--home", home("full"));
    piped = LaunchedProcess.steady("breathe", "box", "--duration", "16s", "--home", home("piped"));
    interrupted = LaunchedProcess.steady("breathe", "--duration", "60s", "--plain", "--home", home("stopped"));
    // Ctrl-C half a second into the second breath, as a person at the terminal would
    ctrlC =
        new Thread(
            () -> {
              try {
                interrupted.awaitLines(3, 60_000);
                Thread.sleep(500);
                sigintIgnored = sigintIgnoredBy(interrupted.pid());
                new ProcessBuilder("kill", "-INT", Long.toString(interrupted.pid())).inheritIO().start().waitFor();
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    ctrlC.start();
  }

  @AfterAll
  static void stopWhatIsLeft() throws InterruptedException {
    ctrlC.join(60_000);
  }

  private static String home(String name) throws IOException {
    return Files.createDirectories(homes.resolve(name)).toString();
  }

  private static List<Entry> log(String name) {
    return new LogFile(homes.resolve(name).resolve("log.json")).entries();
  }

  /** Whether the process ignores SIGINT (a shell without job control starts background jobs so). */
  private static boolean sigintIgnoredBy(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseLong(line.substring(7).trim(), 16) & 0b10) != 0;
      }
    }
    return false;
  }

  @Test
  @DisplayName("a 20-second session prints each line as its phase starts, ends with the summary and is logged")
  void aTwentySecondSession() throws Exception {
    int code = twentySeconds.exitCode(60);

    assertThat(code).isZero();
    assertThat(twentySeconds.texts())
        .containsExactly(
            "00:00 inhale 4s Breathe in softly through the nose. Let the belly rise, not the shoulders."
                + " Gentle, not deep.",
            "00:04 exhale 6s Long, slow breath out",
            "00:10 inhale 4s Breathe in softly through the nose. If your mind wanders, come back to the count.",
            "00:14 exhale 6s Long, slow breath out",
            "done 2 breaths in 00:20, 6 bpm; today 0.3 of 2 min, 1.7 to go; streak 0 days");
    List<LaunchedProcess.Line> lines = twentySeconds.lines();
    long start = lines.get(0).arrivedNanos();
    long[] expectedSeconds = {0, 4, 10, 14, 20};
    for (int i = 1; i < lines.size(); i++) {
      double lateMs = (lines.get(i).arrivedNanos() - start - expectedSeconds[i] * 1000 * MS) / (double) MS;
      assertThat(lateMs)
          .as("line %d, \"%s\", ms off its time", i, lines.get(i).text())
          .isCloseTo(0, within((double) TOLERANCE_MS));
      System.out.printf("line %d is %.1f ms off its time%n", i, lateMs);
    }
    assertThat(twentySeconds.err()).isEmpty();
    assertThat(log("full"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.habit()).isEqualTo("breathe");
              assertThat(e.amount()).isEqualTo(new Amount.Session("resonance", true, 2, 20.0, 6.0));
            });
  }

  @Test
  @DisplayName("when stdout is a pipe the session is plain without --plain")
  void pipedOutputIsPlain() throws Exception {
    int code = piped.exitCode(60);

    assertThat(code).isZero();
    assertThat(piped.texts()).containsExactlyElementsOf(BreatheCommandTest.ONE_BOX);
    assertThat(piped.err()).isEmpty();
    assertThat(log("piped")).hasSize(1);
  }

  @Test
  @DisplayName("Ctrl-C exits 130 by itself and records the partial session as stopped")
  void ctrlCStopsAndRecords() throws Exception {
    int code = interrupted.exitCode(90);
    ctrlC.join(10_000);
    assumeFalse(sigintIgnored, "SIGINT is ignored in this environment (started without job control)");

    assertThat(code).isEqualTo(130);
    assertThat(interrupted.texts())
        .hasSize(4)
        .startsWith(
            "00:00 inhale 4s Breathe in softly through the nose",
            "00:04 exhale 6s Long, slow breath out",
            "00:10 inhale 4s Breathe in softly through the nose. Let the belly rise, not the shoulders."
                + " Gentle, not deep.");
    // the time breathed, not only the whole breaths: the stop came a second or so into the second breath
    assertThat(interrupted.texts().get(3))
        .matches("stopped after 00:1[0-2] of breathing \\(1 full breath, 6 bpm\\); today 0\\.[12] of 2 min,"
            + " 1\\.[89] to go; streak 0 days");
    assertThat(interrupted.err()).isEmpty();
    Entry entry = log("stopped").get(0);
    Amount.Session session = (Amount.Session) entry.amount();
    assertThat(session.completed()).isFalse();
    assertThat(session.breaths()).isEqualTo(1);
    assertThat(session.seconds()).isBetween(10.0, 12.0);
    assertThat(session.plan()).isEqualTo("resonance");
  }
}
