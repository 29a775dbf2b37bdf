package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.habit.Amount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady find-rate")
class FindRateCommandTest {
  private static final String CONFIG =
      "{\n"
          + "    \"version\": 1,\n"
          + "    \"dayStartsAt\": \"05:00\",   \"habits\": [\n"
          + "      {\"id\": \"breathe\", \"kind\": \"daily\", \"min\": 3, \"unit\": \"min\"}\n"
          + "    ]\n"
          + "}\n";

  @TempDir Path home;
  Steady steady;

  @BeforeEach
  void setUp() {
    steady = new Steady(home, "2026-11-20T08:00").inVirtualTime();
  }

  @Test
  @DisplayName("runs five steps, keeps the ratings with the session, and saves personalBpm keeping the rest of config.json")
  void savesTheMostComfortableRate() throws IOException {
    steady.writeConfig(CONFIG);

    CommandRun run = steady.run("find-rate", "--ratings", "4,3,5,5,2", "--step", "10s");

    assertThat(run.code()).isZero();
    assertThat(run.outLines()).filteredOn(l -> l.startsWith("step "))
        .hasSize(5)
        .first().asString().startsWith("step 1 of 5: done 1 breath in 00:09").endsWith("; comfort 4");
    assertThat(run.outLines()).first().asString().contains("Step 1 of 5: 6.5 breaths a minute.");
    assertThat(run.outLines()).last().asString().startsWith("Your most comfortable rate: 5.5 breaths a minute.");
    assertThat(Files.readString(home.resolve("config.json")))
        .isEqualTo(CONFIG.replace("{\n", "{\n  \"personalBpm\": 5.5,\n"));
    Amount.Session session = (Amount.Session) steady.entries().get(0).amount();
    assertThat(session.plan()).isEqualTo("find-rate");
    assertThat(session.completed()).isTrue();
    assertThat(session.ratings())
        .containsExactly(
            new Amount.StepRating(6.5, 4), new Amount.StepRating(6.0, 3), new Amount.StepRating(5.5, 5),
            new Amount.StepRating(5.0, 5), new Amount.StepRating(4.5, 2));

    // a second run replaces the value in place
    steady.run("find-rate", "--ratings", "1,5,1,1,1", "--step", "10s");
    assertThat(Files.readString(home.resolve("config.json")))
        .isEqualTo(CONFIG.replace("{\n", "{\n  \"personalBpm\": 6,\n"));
  }

  @Test
  @DisplayName("the saved rate is used by the next session of the default plan and of resonance; --bpm overrides")
  void theNextSessionUsesTheSavedRate() {
    steady.run("find-rate", "--ratings", "1,1,1,1,5", "--step", "10s");

    assertThat(steady.run("breathe", "--duration", "40s", "--no-log").outLines())
        .startsWith(
            "00:00 inhale 5.3s Breathe in softly through the nose. Let the belly rise, not the shoulders.",
            "00:05 exhale 8s Long, slow breath out")
        .last().asString().isEqualTo("done 3 breaths in 00:40, 4.5 bpm");
    assertThat(steady.run("breathe", "resonance", "--duration", "40s", "--no-log").outLines())
        .last().asString().isEqualTo("done 3 breaths in 00:40, 4.5 bpm");
    assertThat(steady.run("breathe", "--bpm", "6", "--duration", "40s", "--no-log").outLines())
        .last().asString().isEqualTo("done 4 breaths in 00:40, 6 bpm");
    assertThat(steady.run("breathe", "quick", "--duration", "40s", "--no-log").outLines())
        .last().asString().isEqualTo("done 4 breaths in 00:40, 6 bpm");
  }

  @Test
  @DisplayName("--show says the rate and when and how it was found")
  void show() {
    assertThat(steady.run("find-rate", "--show").out()).startsWith("No personal rate yet");

    steady.run("find-rate", "--ratings", "4,5,5,3,2", "--step", "10s");

    assertThat(steady.run("find-rate", "--show").outLines())
        .containsExactly(
            "personalBpm 6 breaths a minute, found on 2026-11-20 by find-rate: comfort 6.5 bpm 4, 6 bpm 5,"
                + " 5.5 bpm 5, 5 bpm 3, 4.5 bpm 2 (1 to 5; the most comfortable wins, ties go nearer 6).");
  }

  @Test
  @DisplayName("in plain mode each step is rated on a line; the answers come from stdin")
  void ratesByLine() {
    CommandRun run = steady.typing("2\n3\n4\n5\n1\n").run("find-rate", "--step", "10s", "--plain");

    assertThat(run.outLines()).contains("How comfortable was 5 breaths a minute, 1 to 5? 5");
    assertThat(steady.run("find-rate", "--show").out()).startsWith("personalBpm 5 breaths a minute");
  }

  @Test
  void badRatingsAreUsageErrors() {
    assertThat(steady.run("find-rate", "--ratings", "4,5,5").err())
        .isEqualTo("steady: --ratings: expected 5 ratings, one a step, found 3\n");
    assertThat(steady.run("find-rate", "--ratings", "4,5,5,3,9").code()).isEqualTo(2);
    assertThat(home.resolve("config.json")).doesNotExist();
    assertThat(steady.entries()).isEqualTo(List.of());
  }
}
