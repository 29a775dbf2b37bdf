package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.json.Json;
import dev.steady.json.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady plans")
class PlansCommandTest {
  private static final String MINE =
      "{\"title\": \"Evening wind-down\", \"duration\": \"8m\", \"segments\": [{\"glide\": {\"from\": 6, \"to\": 4.5}}]}";

  @TempDir Path home;
  Path plans;

  @BeforeEach
  void folders() throws IOException {
    plans = Files.createDirectories(home.resolve("plans"));
  }

  private CommandRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--home", home.toString()));
    return CommandRun.of(CommandRun.context(), all.toArray(String[]::new));
  }

  @Test
  void listsEveryBundledPlanWithLengthPaceAndTitle() {
    CommandRun result = run("plans");

    assertThat(result.code()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.outLines())
        .containsExactly(
            "4-7-8      1m16s  3.2 bpm      4-7-8 breathing",
            "box           4m  3.8 bpm      Box breathing",
            "coherent      5m  6 bpm        Coherent breathing",
            "glide         5m  9→6 bpm      Glide to six",
            "hum           3m  6 bpm        Humming breath",
            "quick         2m  6 bpm        Quick reset",
            "resonance     5m  6 bpm        Resonance breathing",
            "steps        10m  6.5→4.5 bpm  Resonance steps");
  }

  @Test
  void userPlansAreListedAsYoursAndShadowBundledOnes() throws IOException {
    Files.writeString(plans.resolve("evening.json"), MINE);
    Files.writeString(plans.resolve("quick.json"), MINE.replace("Evening wind-down", "My quick one"));

    CommandRun result = run("plans");

    assertThat(result.outLines())
        .hasSize(9)
        .contains(
            "evening       8m  6→4.5 bpm    Evening wind-down (yours)",
            "quick         8m  6→4.5 bpm    My quick one (yours)")
        .noneSatisfy(l -> assertThat(l).contains("Quick reset"));
  }

  @Test
  void aBrokenUserPlanIsReportedOnStderrAndTheRestStillListed() throws IOException {
    Files.writeString(plans.resolve("broken.json"), "{\"title\": \"x\", \"duration\": \"2m\", \"segments\": [{\"bpm\": 0}]}");
    Files.writeString(plans.resolve("evening.json"), MINE);

    CommandRun result = run("plans");

    assertThat(result.code()).isZero();
    assertThat(result.errLines())
        .containsExactly(
            "steady: plan broken is broken: " + plans.resolve("broken.json")
                + ":1:55: segments[0].bpm: expected a rate between 2 and 20 breaths a minute, found 0");
    assertThat(result.outLines()).hasSize(9).noneSatisfy(l -> assertThat(l).startsWith("broken"));

    CommandRun used = CommandRun.of(CommandRun.context(), "breathe", "broken", "--home", home.toString());
    assertThat(used.code()).isEqualTo(65);
    assertThat(used.errLines()).singleElement().asString().contains("segments[0].bpm");
  }

  @Test
  void jsonListsThePlansForScripts() throws IOException {
    Files.writeString(plans.resolve("evening.json"), MINE);

    CommandRun result = run("plans", "--json");

    assertThat(result.code()).isZero();
    List<Node> listed = Json.read(result.out().getBytes(StandardCharsets.UTF_8), "stdout").get("plans").elements();
    assertThat(listed).extracting(n -> n.get("name").text())
        .containsExactly("4-7-8", "box", "coherent", "evening", "glide", "hum", "quick", "resonance", "steps");
    Node resonance = listed.get(7);
    assertThat(resonance.get("title").text()).isEqualTo("Resonance breathing");
    assertThat(resonance.get("seconds").whole()).isEqualTo(300);
    assertThat(resonance.get("bpm").number()).isEqualTo(6.0);
    assertThat(resonance.get("breaths").whole()).isEqualTo(30);
    assertThat(resonance.get("bundled").bool()).isTrue();
    assertThat(resonance.get("description").text()).startsWith("Six slow breaths a minute");
    Node evening = listed.get(3);
    assertThat(evening.get("bundled").bool()).isFalse();
    assertThat(evening.get("source").text()).isEqualTo(plans.resolve("evening.json").toString());
  }

  @Test
  void showPrintsOnePlan() {
    CommandRun result = run("plans", "show", "glide");

    assertThat(result.code()).isZero();
    assertThat(result.outLines())
        .containsExactly(
            "glide: Glide to six",
            "Starts near your everyday rate and slows smoothly to six breaths a minute over two minutes, then stays"
                + " there. Easier than starting slow.",
            "",
            "duration 5m, 33 breaths, 9→6 bpm",
            "  2m  glide from 9 to 6 bpm, ratio 4:6",
            "      inhale  Breathe in",
            "      exhale  Breathe out, a little slower each time",
            "  3m  6 bpm, ratio 4:6",
            "      inhale  Breathe in through the nose",
            "      exhale  Long, slow breath out",
            "  at 02:00  Six breaths a minute now. Stay here.",
            "source: plans/glide.json (bundled)");
  }

  @Test
  void showPrintsEveryPhasesPromptForAPlanWithHolds() {
    assertThat(run("plans", "show", "box").outLines())
        .contains(
            "  4m  in 4s, hold 4s, out 4s, hold 4s (3.8 bpm)",
            "      inhale  Breathe in for four",
            "      hold    Hold, soft and still",
            "      exhale  Breathe out for four",
            "      hold    Hold, empty and easy");
  }

  @Test
  void showFindsAUserPlanWhetherHomeComesBeforeOrAfterShow() throws IOException {
    Files.writeString(plans.resolve("evening.json"), MINE);

    CommandRun after = run("plans", "show", "evening");
    CommandRun before = CommandRun.of(CommandRun.context(), "plans", "--home", home.toString(), "show", "evening");

    assertThat(after.code()).isZero();
    assertThat(after.outLines().get(0)).isEqualTo("evening: Evening wind-down");
    assertThat(before.out()).isEqualTo(after.out());
  }

  @Test
  void showOfAnUnknownPlanExitsTwoAndListsThePlans() {
    CommandRun result = run("plans", "show", "calm");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString()
        .startsWith("steady: unknown plan \"calm\" (available: 4-7-8, box,");
  }

  @Test
  void showOfABrokenPlanExits65() throws IOException {
    Files.writeString(plans.resolve("evening.json"), "{");

    CommandRun result = run("plans", "show", "evening");

    assertThat(result.code()).isEqualTo(65);
    assertThat(result.errLines()).singleElement().asString().startsWith("steady: " + plans.resolve("evening.json") + ":1:");
  }
}
