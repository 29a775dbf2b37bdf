package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.breath.VirtualTime;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.json.Json;
import dev.steady.json.Node;
import dev.steady.store.LogFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("steady breathe")
class BreatheCommandTest {
  /** The plain lines of {@code breathe box --duration 16s}: one breath of four phases of four seconds. */
  static final List<String> ONE_BOX =
      List.of(
          "00:00 inhale 4s Breathe in for four",
          "00:04 hold 4s Hold, soft and still",
          "00:08 exhale 4s Breathe out for four",
          "00:12 hold 4s Hold, empty and easy",
          "done 1 breath in 00:16, 3.8 bpm; today 0.2 of 2 min, 1.8 to go; streak 0 days");

  @TempDir Path home;

  private CommandRun breathe(String... args) {
    return breathe(CommandRun.context(), args);
  }

  private CommandRun breathe(Context context, String... args) {
    List<String> all = new ArrayList<>(List.of("breathe"));
    all.addAll(List.of(args));
    all.addAll(List.of("--home", home.toString()));
    return CommandRun.of(context, all.toArray(String[]::new));
  }

  private List<Entry> log() {
    return new LogFile(home.resolve("log.json")).entries();
  }

  /** The plain lines of the quick plan: 12 breaths of 4 s in and 6 s out, a note at 1:00. */
  private static List<String> quickLines() {
    List<String> lines = new ArrayList<>();
    for (int b = 0; b < 12; b++) {
      String in = String.format("%02d:%02d inhale 4s Breathe in through the nose", b * 10 / 60, b * 10 % 60);
      lines.add(b == 6 ? in + ". Halfway. Keep it gentle." : in);
      lines.add(String.format("%02d:%02d exhale 6s Slow breath out", (b * 10 + 4) / 60, (b * 10 + 4) % 60));
    }
    lines.add("done 12 breaths in 02:00, 6 bpm; today 2 of 2 min, goal met; streak 1 day");
    return lines;
  }

  @Test
  void plainPrintsOneLineAPhaseAndASummary() {
    CommandRun run = breathe("quick", "--plain");

    assertThat(run.code()).isZero();
    assertThat(run.outLines()).containsExactlyElementsOf(quickLines());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void withoutATerminalTheOutputIsPlainAsWell() {
    assertThat(breathe("quick").outLines()).containsExactlyElementsOf(quickLines());
  }

  @Test
  void lateWakeUpsChangeNothingInTheLines() {
    VirtualTime jittery = VirtualTime.jittery(-42, 9, Duration.ofMillis(300));
    CommandRun run = breathe(CommandRun.context(jittery, CommandRun.MORNING), "quick", "--plain");

    assertThat(run.outLines()).containsExactlyElementsOf(quickLines());
  }

  @Test
  void theDefaultPlanIsResonanceAsThePRODUCTSheetShowsIt() {
    CommandRun run = breathe();

    assertThat(run.outLines())
        .hasSize(61)
        .startsWith("00:00 inhale 4s Breathe in softly through the nose", "00:04 exhale 6s Long, slow breath out")
        .contains("00:30 inhale 4s Breathe in softly through the nose. Let the belly rise, not the shoulders.")
        .endsWith("04:54 exhale 6s Long, slow breath out", "done 30 breaths in 05:00, 6 bpm; today 5 of 2 min, goal met; streak 1 day");
    assertThat(run.outLines()).allMatch(l -> l.matches("\\d\\d:\\d\\d (inhale|hold|exhale) [\\d.]+s \\S.*|done .*"));
  }

  @Test
  void holdsReadAsHold() {
    CommandRun run = breathe("box", "--plain", "--duration", "16s");

    assertThat(run.outLines()).containsExactlyElementsOf(ONE_BOX);
  }

  @Test
  void theSessionIsRecordedInTheLog() {
    breathe("quick");

    List<Entry> entries = log();
    assertThat(entries).hasSize(1);
    Entry e = entries.get(0);
    assertThat(e.habit()).isEqualTo("breathe");
    assertThat(e.date()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(e.recordedAt()).isEqualTo(OffsetDateTime.parse("2025-03-10T08:30:00+01:00"));
    assertThat(e.amount()).isEqualTo(new Amount.Session("quick", true, 12, 120.0, 6.0));
  }

  @Test
  void aSessionJustAfterMidnightCountsForTheDayBefore() {
    Clock night = Clock.fixed(Instant.parse("2025-03-10T00:40:00Z"), ZoneId.of("Europe/Berlin"));
    breathe(CommandRun.context(VirtualTime.exact(0), night), "quick");

    assertThat(log().get(0).date()).isEqualTo(LocalDate.of(2025, 3, 9));
  }

  @Test
  void noLogLeavesTheLogAlone() {
    CommandRun run = breathe("quick", "--no-log");

    assertThat(run.code()).isZero();
    assertThat(home.resolve("log.json")).doesNotExist();
  }

  @Test
  void jsonPutsOnlyTheSummaryOnStdoutAndThePhasesOnStderr() {
    CommandRun run = breathe("quick", "--json");

    assertThat(run.code()).isZero();
    Node summary = Json.read(run.out().getBytes(StandardCharsets.UTF_8), "stdout");
    assertThat(summary.get("plan").text()).isEqualTo("quick");
    assertThat(summary.get("completed").bool()).isTrue();
    assertThat(summary.get("breaths").whole()).isEqualTo(12);
    assertThat(summary.get("seconds").number()).isEqualTo(120.0);
    assertThat(summary.get("bpm").number()).isEqualTo(6.0);
    assertThat(summary.get("maxLateMs").number()).isZero();
    assertThat(run.errLines()).containsExactlyElementsOf(quickLines());
    assertThat(log()).hasSize(1);
  }

  @Test
  void theJsonSummaryReportsHowLateTheCuesWere() {
    VirtualTime jittery = VirtualTime.jittery(0, 3, Duration.ofMillis(20));
    CommandRun run = breathe(CommandRun.context(jittery, CommandRun.MORNING), "quick", "--json", "--no-log");

    Node summary = Json.read(run.out().getBytes(StandardCharsets.UTF_8), "stdout");
    assertThat(summary.get("maxLateMs").number()).isPositive().isLessThan(20);
  }

  @Test
  @DisplayName("--bpm, --ratio and --duration shape the session; the notes move with the duration")
  void overridesShapeTheSession() {
    CommandRun run = breathe("--bpm", "5", "--ratio", "1:1", "--duration", "1m", "--plain");

    assertThat(run.outLines()).containsExactly(
        "00:00 inhale 6s Breathe in softly through the nose",
        "00:06 exhale 6s Long, slow breath out",
        "00:12 inhale 6s Breathe in softly through the nose. Let the belly rise, not the shoulders. Gentle, not deep.",
        "00:18 exhale 6s Long, slow breath out",
        "00:24 inhale 6s Breathe in softly through the nose",
        "00:30 exhale 6s Long, slow breath out",
        "00:36 inhale 6s Breathe in softly through the nose. If your mind wanders, come back to the count.",
        "00:42 exhale 6s Long, slow breath out",
        "00:48 inhale 6s Breathe in softly through the nose",
        "00:54 exhale 6s Long, slow breath out",
        "done 5 breaths in 01:00, 5 bpm; today 1 of 2 min, 1 to go; streak 0 days");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--bpm|25|steady: --bpm: expected a rate between 2 and 20 breaths a minute, found 25",
        "--bpm|1.5|steady: --bpm: expected a rate between 2 and 20 breaths a minute, found 1.5",
        "--bpm|six|steady: Invalid value for option '--bpm': expected a plain decimal number such as 6 or 5.5, found \"six\" (see 'steady breathe --help')",
        "--ratio|4:0|steady: --ratio: expected a ratio I:E or I:H:E:H such as 4:6 or 4:7:8:0 (in and out above 0), found \"4:0\"",
        "--ratio|4-6|steady: --ratio: expected a ratio I:E or I:H:E:H such as 4:6 or 4:7:8:0 (in and out above 0), found \"4-6\"",
        "--duration|5s|steady: --duration: expected between 10s and 60m, found 5s",
        "--duration|61m|steady: --duration: expected between 10s and 60m, found 1h1m",
        "--duration|soon|steady: Invalid value for option '--duration': expected a duration such as 90s, 2m, 2m30s or 1h10m, found \"soon\" (see 'steady breathe --help')"
      })
  @DisplayName("a bad option exits 2 with one clear line and records nothing")
  void badOptionsExitTwo(String option, String value, String message) {
    CommandRun run = breathe(option, value);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(message);
    assertThat(run.out()).isEmpty();
    assertThat(home.resolve("log.json")).doesNotExist();
  }

  @Test
  void anUnknownPlanExitsTwoAndListsThePlans() {
    CommandRun run = breathe("calm");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "steady: unknown plan \"calm\" (available: 4-7-8, box, coherent, glide, hum, quick, resonance, steps)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBrokenPlanFileExits65NamingFileLineAndColumn() throws IOException {
    Path file = Files.writeString(home.resolve("mine.json"), "{\n  \"title\": \"Mine\"\n  \"duration\": \"2m\"\n}");

    CommandRun run = breathe(file.toString());

    assertThat(run.code()).isEqualTo(65);
    assertThat(run.errLines()).singleElement().asString().startsWith("steady: " + file + ":3:3: invalid JSON");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anInvalidUserPlanExits65NamingTheField() throws IOException {
    Files.createDirectories(home.resolve("plans"));
    Files.writeString(home.resolve("plans/mine.json"), "{\"title\": \"Mine\", \"duration\": \"2m\", \"segments\": [{\"bpm\": 30}]}");

    CommandRun run = breathe("mine");

    assertThat(run.code()).isEqualTo(65);
    assertThat(run.errLines())
        .containsExactly(
            "steady: " + home.resolve("plans/mine.json")
                + ":1:58: segments[0].bpm: expected a rate between 2 and 20 breaths a minute, found 30");
  }

  @Test
  void aUserPlanRunsByName() throws IOException {
    Files.createDirectories(home.resolve("plans"));
    Files.writeString(home.resolve("plans/mine.json"),
        "{\"title\": \"Mine\", \"duration\": \"20s\", \"segments\": [{\"inhale\": 3, \"holdIn\": 1, \"exhale\": 6}]}");

    CommandRun run = breathe("mine", "--plain");

    assertThat(run.code()).isZero();
    assertThat(run.outLines()).startsWith("00:00 inhale 3s Breathe in through the nose", "00:03 hold 1s Hold gently")
        .endsWith("done 2 breaths in 00:20, 6 bpm; today 0.3 of 2 min, 1.7 to go; streak 0 days");
    assertThat(log().get(0).amount()).isEqualTo(new Amount.Session("mine", true, 2, 20.0, 6.0));
  }
}
