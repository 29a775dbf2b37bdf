package dev.steady.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.steady.failure.Failure;
import dev.steady.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Reading plan files")
class PlanReaderTest {
  private static final String SEGMENT = "\"segments\": [{\"inhale\": 4, \"exhale\": 6}]";

  private static Failure failureOf(String json) {
    return catchThrowableOfType(
        Failure.class,
        () -> PlanReader.read("broken", Json.read(json.getBytes(StandardCharsets.UTF_8), "plans/broken.json")));
  }

  /** A plan with {@code title} and {@code duration} and whatever else is given. */
  private static String plan(String rest) {
    return "{\"title\": \"Broken\", \"duration\": \"5m\", " + rest + "}";
  }

  @Test
  void everyBundledPlanReads() {
    assertThat(new PlanLibrary(null).all())
        .hasSize(8)
        .allSatisfy(e -> {
          assertThat(e.problem()).as(e.name()).isNull();
          assertThat(e.bundled()).isTrue();
          assertThat(e.plan().name()).isEqualTo(e.name());
          assertThat(e.plan().title()).isNotBlank();
          assertThat(e.plan().description()).isNotBlank();
          assertThat(e.plan().origin()).isEqualTo("plans/" + e.name() + ".json (bundled)");
        });
  }

  @Test
  void aPlanReadsIntoSegmentsPromptsAndNotes() {
    Plan glide = TestPlans.bundled("glide");
    assertThat(glide.duration()).isEqualTo(Duration.ofMinutes(5));
    assertThat(glide.segments()).hasSize(2);
    assertThat(glide.segments().get(0).pace()).isEqualTo(new Pace.Glide(9, 6, new Ratio(4, 0, 6, 0)));
    assertThat(glide.segments().get(0).length()).isEqualTo(Duration.ofMinutes(2));
    assertThat(glide.segments().get(1).pace()).isEqualTo(new Pace.Steady(6, new Ratio(4, 0, 6, 0)));
    assertThat(glide.segments().get(1).length()).as("the last segment takes what is left").isEqualTo(Duration.ofMinutes(3));
    assertThat(glide.segments().get(1).prompts().exhale()).isEqualTo("Long, slow breath out");
    assertThat(glide.notes()).containsExactly(new Note(Duration.ofMinutes(2), "Six breaths a minute now. Stay here."));

    Plan fourSevenEight = TestPlans.bundled("4-7-8");
    assertThat(fourSevenEight.segments().get(0).pace()).isEqualTo(new Pace.Fixed(new Pattern(4, 7, 8, 0)));
    assertThat(fourSevenEight.segments().get(0).prompts().holdOut()).as("a default prompt").isEqualTo("Rest");
  }

  @Test
  void optionalFieldsHaveDefaults() {
    Plan p = TestPlans.parse(plan("\"segments\": [{\"bpm\": 5.5}]"));
    assertThat(p.description()).isEmpty();
    assertThat(p.notes()).isEmpty();
    assertThat(p.segments().get(0).pace()).isEqualTo(new Pace.Steady(5.5, new Ratio(4, 0, 6, 0)));
    assertThat(p.segments().get(0).prompts()).isEqualTo(Prompts.DEFAULT);
  }

  static Stream<Arguments> brokenPlans() {
    return Stream.of(
        Arguments.of("a syntax error", "{\"title\": \"x\",,}", "plans/broken.json:1:15: invalid JSON"),
        Arguments.of("a syntax error on a later line", "{\n  \"title\": \"x\",\n  \"duration\" \"5m\"\n}",
            "plans/broken.json:3:14: invalid JSON"),
        Arguments.of("an empty file", "", "plans/broken.json:1:1: expected a JSON document, found an empty file"),
        Arguments.of("a repeated field", "{\"title\": \"a\",\n\"title\": \"b\"}", "plans/broken.json:2:"),
        Arguments.of("not an object", "[1, 2]", "plans/broken.json:1:1: (top level): expected an object"),
        Arguments.of("a missing title", "{\"duration\": \"5m\", " + SEGMENT + "}",
            "plans/broken.json:1:1: title: missing (required)"),
        Arguments.of("a blank title", "{\"title\": \" \", \"duration\": \"5m\", " + SEGMENT + "}",
            "plans/broken.json:1:11: title: expected some text"),
        Arguments.of("a missing duration", "{\"title\": \"x\", " + SEGMENT + "}",
            "plans/broken.json:1:1: duration: missing (required)"),
        Arguments.of("missing segments", plan("\"notes\": []"), "plans/broken.json:1:1: segments: missing (required)"),
        Arguments.of("an unknown field", plan("\"titel\": \"x\", " + SEGMENT),
            "plans/broken.json:1:48: titel: unknown field (expected one of"),
        Arguments.of("an unknown segment field", plan("\"segments\": [{\"inhale\": 4, \"exhail\": 6}]"),
            "plans/broken.json:1:76: segments[0].exhail: unknown field"),
        Arguments.of("an unknown prompt", plan("\"segments\": [{\"bpm\": 6, \"prompts\": {\"in\": \"x\"}}]"),
            "plans/broken.json:1:81: segments[0].prompts.in: unknown field"),
        Arguments.of("a bad duration", plan("\"duration\": \"5 minutes\", " + SEGMENT).replace("\"duration\": \"5m\", ", ""),
            "plans/broken.json:1:33: duration: expected a duration such as 90s, 2m, 2m30s or 1h10m, found \"5 minutes\""),
        Arguments.of("a duration under ten seconds", "{\"title\": \"x\", \"duration\": \"5s\", " + SEGMENT + "}",
            "plans/broken.json:1:28: duration: expected between 10s and 60m, found \"5s\""),
        Arguments.of("a duration over an hour", "{\"title\": \"x\", \"duration\": \"1h1m\", " + SEGMENT + "}",
            "plans/broken.json:1:28: duration: expected between 10s and 60m"),
        Arguments.of("a duration that is a number", "{\"title\": \"x\", \"duration\": 300, " + SEGMENT + "}",
            "plans/broken.json:1:28: duration: expected a string"),
        Arguments.of("a zero inhale", plan("\"segments\": [{\"inhale\": 0, \"exhale\": 6}]"),
            "plans/broken.json:1:63: segments[0].inhale: expected more than 0 seconds, found 0"),
        Arguments.of("a negative exhale", plan("\"segments\": [{\"inhale\": 4, \"exhale\": -6}]"),
            "plans/broken.json:1:76: segments[0].exhale: expected more than 0 seconds, found -6"),
        Arguments.of("a negative hold", plan("\"segments\": [{\"inhale\": 4, \"holdIn\": -0.5, \"exhale\": 6}]"),
            "plans/broken.json:1:76: segments[0].holdIn: expected 0 or more seconds, found -0.5"),
        Arguments.of("a seconds pattern without an exhale", plan("\"segments\": [{\"inhale\": 4}]"),
            "plans/broken.json:1:52: segments[0].exhale: missing (required)"),
        Arguments.of("a breath too fast", plan("\"segments\": [{\"inhale\": 1, \"exhale\": 1}]"),
            "plans/broken.json:1:52: segments[0]: expected a breath of 3 to 30 seconds (2–20 bpm), found 2s"),
        Arguments.of("a breath too slow", plan("\"segments\": [{\"inhale\": 10, \"holdIn\": 15, \"exhale\": 10}]"),
            "plans/broken.json:1:52: segments[0]: expected a breath of 3 to 30 seconds (2–20 bpm), found 35s"),
        Arguments.of("a rate above 20", plan("\"segments\": [{\"bpm\": 25}]"),
            "plans/broken.json:1:60: segments[0].bpm: expected a rate between 2 and 20 breaths a minute, found 25"),
        Arguments.of("a rate below 2", plan("\"segments\": [{\"bpm\": 1.5}]"),
            "plans/broken.json:1:60: segments[0].bpm: expected a rate between 2 and 20 breaths a minute, found 1.5"),
        Arguments.of("a glide from a rate below 2", plan("\"segments\": [{\"glide\": {\"from\": 1, \"to\": 6}}]"),
            "plans/broken.json:1:71: segments[0].glide.from: expected a rate between 2 and 20"),
        Arguments.of("a glide without its end", plan("\"segments\": [{\"glide\": {\"from\": 9}}]"),
            "plans/broken.json:1:62: segments[0].glide.to: missing (required)"),
        Arguments.of("a rate that is text", plan("\"segments\": [{\"bpm\": \"six\"}]"),
            "plans/broken.json:1:60: segments[0].bpm: expected a number"),
        Arguments.of("two paces in a segment", plan("\"segments\": [{\"bpm\": 6, \"inhale\": 4, \"exhale\": 6}]"),
            "plans/broken.json:1:52: segments[0]: expected exactly one of: inhale and exhale seconds, bpm, or glide"),
        Arguments.of("no pace in a segment", plan("\"segments\": [{\"ratio\": \"4:6\"}]"),
            "plans/broken.json:1:52: segments[0]: expected exactly one of"),
        Arguments.of("a bad ratio", plan("\"segments\": [{\"bpm\": 6, \"ratio\": \"4-6\"}]"),
            "plans/broken.json:1:72: segments[0].ratio: expected a ratio I:E or I:H:E:H"),
        Arguments.of("a ratio with a zero exhale", plan("\"segments\": [{\"bpm\": 6, \"ratio\": \"4:0\"}]"),
            "plans/broken.json:1:72: segments[0].ratio: expected a ratio I:E or I:H:E:H"),
        Arguments.of("a ratio beside seconds", plan("\"segments\": [{\"inhale\": 4, \"exhale\": 6, \"ratio\": \"1:2\"}]"),
            "plans/broken.json:1:88: segments[0].ratio: a ratio goes with bpm or glide, not with seconds"),
        Arguments.of("empty segments", plan("\"segments\": []"), "plans/broken.json:1:51: segments: expected at least one segment"),
        Arguments.of("segments that are not a list", plan("\"segments\": {\"bpm\": 6}"),
            "plans/broken.json:1:51: segments: expected a list"),
        Arguments.of("a segment that is not an object", plan("\"segments\": [6]"),
            "plans/broken.json:1:52: segments[0]: expected an object"),
        Arguments.of("segments short of the duration",
            plan("\"segments\": [{\"bpm\": 6, \"length\": \"2m\"}, {\"bpm\": 5, \"length\": \"2m\"}]"),
            "plans/broken.json:1:33: duration: the segments add up to 4m but the duration is 5m"),
        Arguments.of("segments past the duration",
            plan("\"segments\": [{\"bpm\": 6, \"length\": \"3m\"}, {\"bpm\": 5, \"length\": \"3m\"}]"),
            "plans/broken.json:1:33: duration: the segments add up to 6m but the duration is 5m"),
        Arguments.of("no room left for the last segment",
            plan("\"segments\": [{\"bpm\": 6, \"length\": \"5m\"}, {\"bpm\": 5}]"),
            "plans/broken.json:1:80: segments[1]: nothing is left of the 5m duration for this segment"),
        Arguments.of("a first segment without a length", plan("\"segments\": [{\"bpm\": 6}, {\"bpm\": 5}]"),
            "plans/broken.json:1:52: segments[0]: expected a length (only the last segment may leave it out)"),
        Arguments.of("a bad segment length", plan("\"segments\": [{\"bpm\": 6, \"length\": \"0s\"}, {\"bpm\": 5}]"),
            "plans/broken.json:1:73: segments[0].length: expected between 1s and 60m, found \"0s\""),
        Arguments.of("a bad note time", plan(SEGMENT + ", \"notes\": [{\"at\": \"1:75\", \"text\": \"x\"}]"),
            "plans/broken.json:1:98: notes[0].at: expected a time such as 1:00 or 90s, found \"1:75\""),
        Arguments.of("a note after the end", plan(SEGMENT + ", \"notes\": [{\"at\": \"5:00\", \"text\": \"x\"}]"),
            "plans/broken.json:1:98: notes[0].at: expected a time within the plan's 5m, found \"5:00\""),
        Arguments.of("a note without text", plan(SEGMENT + ", \"notes\": [{\"at\": \"0:30\", \"text\": \"x\"}, {\"at\": \"1m\"}]"),
            "plans/broken.json:1:120: notes[1].text: missing (required)"),
        Arguments.of("an unknown note field", plan(SEGMENT + ", \"notes\": [{\"at\": \"1m\", \"txt\": \"x\"}]"),
            "plans/broken.json:1:111: notes[0].txt: unknown field"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPlans")
  @DisplayName("a broken plan fails with exit 65 and a message naming the file and the field")
  void aBrokenPlanNamesFileAndField(String what, String json, String message) {
    Failure failure = failureOf(json);

    assertThat(failure).as(what).isNotNull();
    assertThat(failure.exitCode()).isEqualTo(65);
    assertThat(failure.getMessage()).startsWith(message).doesNotContain("\n");
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAsSuch() {
    byte[] bytes = {'{', '"', 't', '"', ':', ' ', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    Failure failure =
        catchThrowableOfType(Failure.class, () -> PlanReader.read("x", Json.read(bytes, "plans/broken.json")));
    assertThat(failure.exitCode()).isEqualTo(65);
    assertThat(failure.getMessage()).startsWith("plans/broken.json");
  }
}
