package dev.steady.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steady.failure.Failure;
import dev.steady.habit.Habit;
import dev.steady.habit.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsFileTest {
  /** The example of PRODUCT.md, word for word. */
  static final String EXAMPLE = """
      {
        "version": 1,
        "dayStartsAt": "04:00",
        "weekStartsOn": "MONDAY",
        "habits": [
          {"id": "breathe",   "kind": "daily",           "min": 2, "unit": "min"},
          {"id": "sleep",     "kind": "window",          "bed": "23:00", "wake": "07:00", "tolerance": "30m"},
          {"id": "move",      "kind": "weekly-days",     "days": 5, "dailyMin": 20, "unit": "min"},
          {"id": "plants",    "kind": "weekly-distinct", "target": 30, "group": "diet"},
          {"id": "fermented", "kind": "daily",           "min": 1, "group": "diet"},
          {"id": "omega3",    "kind": "weekly-days",     "days": 2, "group": "diet"},
          {"id": "alcohol",   "kind": "weekly-at-most",  "max": 3, "group": "diet"}
        ]
      }
      """;

  @TempDir Path home;

  private static Settings parse(String json) {
    return SettingsFile.parse(json.getBytes(StandardCharsets.UTF_8), "config.json");
  }

  @Test
  void aMissingFileMeansTheDefaults() {
    assertThat(SettingsFile.load(home.resolve("config.json"))).isEqualTo(Settings.defaults());
  }

  @Test
  void theProductSheetExampleIsTheDefaultsPlusALimit() {
    Settings s = parse(EXAMPLE);
    assertThat(s.habits()).hasSize(7);
    assertThat(s.habits().subList(0, 6)).isEqualTo(Settings.DEFAULT_HABITS);
    assertThat(s.habits().get(6)).isEqualTo(new Habit.WeeklyAtMost("alcohol", 3, "diet"));
  }

  @Test
  @DisplayName("every key is optional, and a present habits list replaces the defaults entirely")
  void keysAreOptional() {
    assertThat(parse("{}")).isEqualTo(Settings.defaults());
    Settings s = parse("""
        {"dayStartsAt": "05:30", "weekStartsOn": "sunday",
         "habits": [{"id": "stretch", "kind": "daily"}]}""");
    assertThat(s.dayStartsAt()).isEqualTo(LocalTime.of(5, 30));
    assertThat(s.weekStartsOn()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(s.habits()).containsExactly(new Habit.Daily("stretch", 1, null, null));
    assertThat(parse("{\"habits\": []}").habits()).isEmpty();
  }

  @Test
  void optionalHabitFieldsTakeTheirDefaults() {
    Settings s = parse("""
        {"habits": [
          {"id": "nap", "kind": "window", "bed": "14:00", "wake": "14:30"},
          {"id": "walk", "kind": "weekly-days", "days": 3}]}""");
    assertThat(s.habits()).containsExactly(
        new Habit.Window("nap", LocalTime.of(14, 0), LocalTime.of(14, 30), Duration.ofMinutes(30), null),
        new Habit.WeeklyDays("walk", 3, 1, null, null));
  }

  @Test
  void aFileOnDiskIsRead() throws Exception {
    Path file = home.resolve("config.json");
    Files.writeString(file, EXAMPLE);
    assertThat(SettingsFile.load(file)).isEqualTo(parse(EXAMPLE));
  }

  @Test
  @DisplayName("the settings print as a config.json that reads back the same")
  void printsBackWhatItReads() {
    assertThat(parse(SettingsFile.toJson(Settings.defaults()))).isEqualTo(Settings.defaults());
    Settings odd = parse("""
        {"dayStartsAt": "00:00", "weekStartsOn": "SATURDAY", "habits": [
          {"id": "read", "kind": "daily", "min": 12.5, "unit": "min", "group": "mind"},
          {"id": "sleep", "kind": "window", "bed": "22:15", "wake": "06:45", "tolerance": "1h2m30s"}]}""");
    assertThat(parse(SettingsFile.toJson(odd))).isEqualTo(odd);
  }

  @Test
  void printsEveryValueTwoSpacesIndented() {
    Settings s = new Settings(LocalTime.of(4, 0), DayOfWeek.MONDAY, List.of(Settings.DEFAULT_HABITS.get(1)));
    assertThat(SettingsFile.toJson(s)).isEqualTo("""
        {
          "version": 1,
          "dayStartsAt": "04:00",
          "weekStartsOn": "MONDAY",
          "restDays": 4,
          "habits": [
            {
              "id": "sleep",
              "kind": "window",
              "bed": "23:00",
              "wake": "07:00",
              "tolerance": "30m"
            }
          ]
        }""");
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of("{\"habits\": [{\"id\": \"a\", \"kind\": \"daily\"},\n  {\"id\": \"b\" \"kind\": 1}]}",
            "config.json:2:14: invalid JSON: "),
        Arguments.of("", "config.json:1:1: expected a JSON document, found an empty file"),
        Arguments.of("[]", "config.json:1:1: (top level): expected an object"),
        Arguments.of("{\"version\": 2}", "config.json:1:13: version: expected 1 (the version this steady reads), found 2"),
        Arguments.of("{\"weekStart\": \"MONDAY\"}",
            "config.json:1:15: weekStart: unknown field (expected one of version, dayStartsAt, weekStartsOn, habits, restDays, personalBpm)"),
        Arguments.of("{\"dayStartsAt\": \"4:00\"}", "config.json:1:17: dayStartsAt: expected a time HH:MM, found \"4:00\""),
        Arguments.of("{\"dayStartsAt\": \"24:00\"}", "config.json:1:17: dayStartsAt: expected a time HH:MM, found \"24:00\""),
        Arguments.of("{\"weekStartsOn\": \"Mon\"}",
            "config.json:1:18: weekStartsOn: expected a day of the week such as MONDAY, found \"Mon\""),
        Arguments.of("{\"habits\": {}}", "config.json:1:12: habits: expected a list"),
        Arguments.of("{\"habits\": [3]}", "config.json:1:13: habits[0]: expected an object"),
        Arguments.of("{\"habits\": [{\"kind\": \"daily\"}]}", "config.json:1:13: habits[0].id: missing (required)"),
        Arguments.of("{\"habits\": [{\"id\": \"Move\", \"kind\": \"daily\"}]}",
            "config.json:1:20: habits[0].id: expected lower-case letters, digits and dashes, starting with a letter,"
                + " found \"Move\""),
        Arguments.of("{\"habits\": [{\"id\": \"move\"}]}", "config.json:1:13: habits[0].kind: missing (required)"),
        Arguments.of("{\"habits\": [{\"id\": \"move\", \"kind\": \"weekly\"}]}",
            "config.json:1:36: habits[0].kind: expected one of daily, window, weekly-days, weekly-distinct,"
                + " weekly-at-most, found \"weekly\""),
        Arguments.of("""
            {"habits": [
              {"id": "breathe", "kind": "daily", "min": 2, "unit": "min"},
              {"id": "plants", "kind": "weekly-distinct", "target": 30},
              {"id": "move", "kind": "weekly-days", "days": 9}]}""",
            "config.json:4:49: habits[2].days: expected a whole number from 1 to 7, found 9"),
        Arguments.of("{\"habits\": [{\"id\": \"move\", \"kind\": \"weekly-days\", \"days\": 2.5}]}",
            "config.json:1:59: habits[0].days: expected a whole number from 1 to 7, found 2.5"),
        Arguments.of("{\"habits\": [{\"id\": \"move\", \"kind\": \"weekly-days\", \"days\": \"5\"}]}",
            "config.json:1:59: habits[0].days: expected a number"),
        Arguments.of("{\"habits\": [{\"id\": \"move\", \"kind\": \"weekly-days\"}]}",
            "config.json:1:13: habits[0].days: missing (required)"),
        Arguments.of("{\"habits\": [{\"id\": \"move\", \"kind\": \"daily\", \"max\": 3}]}",
            "config.json:1:52: habits[0].max: unknown field (expected one of id, kind, min, unit, group)"),
        Arguments.of("{\"habits\": [{\"id\": \"move\", \"kind\": \"daily\", \"min\": 0}]}",
            "config.json:1:52: habits[0].min: expected a count above 0 and at most 1000000, found 0"),
        Arguments.of("{\"habits\": [{\"id\": \"move\", \"kind\": \"daily\", \"min\": 1000001}]}",
            "config.json:1:52: habits[0].min: expected a count above 0 and at most 1000000, found 1000001"),
        Arguments.of("{\"habits\": [{\"id\": \"move\", \"kind\": \"daily\", \"min\": 1441, \"unit\": \"min\"}]}",
            "config.json:1:52: habits[0].min: expected minutes above 0 and at most 1440 (a day), found 1441"),
        Arguments.of("{\"habits\": [{\"id\": \"move\", \"kind\": \"weekly-days\", \"days\": 5, \"dailyMin\": 1e300,"
                + " \"unit\": \"min\"}]}",
            "config.json:1:74: habits[0].dailyMin: expected minutes above 0 and at most 1440 (a day), found 1"),
        Arguments.of("{\"habits\": [{\"id\": \"p\", \"kind\": \"weekly-distinct\", \"target\": 1000001}]}",
            "config.json:1:62: habits[0].target: expected a whole number from 1 to 1000000, found 1000001"),
        Arguments.of("{\"habits\": [{\"id\": \"a\", \"kind\": \"weekly-at-most\", \"max\": 1e7}]}",
            "config.json:1:58: habits[0].max: expected a whole number from 0 to 1000000, found 10000000"),
        Arguments.of("{\"restDays\": 31}", "config.json:1:14: restDays: expected a whole number from 0 to 30, found 31"),
        Arguments.of("{\"personalBpm\": 1.5}",
            "config.json:1:17: personalBpm: expected a rate between 2 and 20 breaths a minute, found 1.5"),
        Arguments.of("{\"habits\": [{\"id\": \"move\", \"kind\": \"daily\", \"unit\": \"hours\"}]}",
            "config.json:1:53: habits[0].unit: expected \"min\" (or no unit, for a count), found \"hours\""),
        Arguments.of("{\"habits\": [{\"id\": \"move\", \"kind\": \"daily\", \"group\": \"\"}]}",
            "config.json:1:54: habits[0].group: expected lower-case letters, digits and dashes, starting with a"
                + " letter, found \"\""),
        Arguments.of("{\"habits\": [{\"id\": \"sleep\", \"kind\": \"window\", \"bed\": \"23:00\"}]}",
            "config.json:1:13: habits[0].wake: missing (required)"),
        Arguments.of("{\"habits\": [{\"id\": \"s\", \"kind\": \"window\", \"bed\": \"23:00\", \"wake\": \"7:00\"}]}",
            "config.json:1:67: habits[0].wake: expected a time HH:MM, found \"7:00\""),
        Arguments.of("{\"habits\": [{\"id\": \"s\", \"kind\": \"window\", \"bed\": \"23:00\", \"wake\": \"07:00\","
                + " \"tolerance\": \"half an hour\"}]}",
            "config.json:1:89: habits[0].tolerance: expected a duration such as 90s, 2m, 2m30s or 1h10m,"
                + " found \"half an hour\""),
        Arguments.of("{\"habits\": [{\"id\": \"s\", \"kind\": \"window\", \"bed\": \"23:00\", \"wake\": \"07:00\","
                + " \"tolerance\": \"13h\"}]}",
            "config.json:1:89: habits[0].tolerance: expected a tolerance from 0m to 12h, found \"13h\""),
        Arguments.of("{\"habits\": [{\"id\": \"p\", \"kind\": \"weekly-distinct\", \"target\": 0}]}",
            "config.json:1:62: habits[0].target: expected a whole number from 1 to 1000000, found 0"),
        Arguments.of("{\"habits\": [{\"id\": \"a\", \"kind\": \"weekly-at-most\", \"max\": -1}]}",
            "config.json:1:58: habits[0].max: expected a whole number from 0 to 1000000, found -1"),
        Arguments.of("""
            {"habits": [
              {"id": "move", "kind": "daily"},
              {"id": "read", "kind": "daily"},
              {"id": "move", "kind": "weekly-days", "days": 2}]}""",
            "config.json:4:10: habits[2].id: \"move\" is already the id of habits[0]"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("brokenFiles")
  void aBrokenFileNamesWhereAndWhatWasExpected(String json, String message) {
    assertThatThrownBy(() -> parse(json))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.exitCode()).isEqualTo(Failure.DATA))
        .hasMessageStartingWith(message);
  }

  @Test
  void aBrokenFileOnDiskIsNamedByItsPath() throws Exception {
    Path file = home.resolve("config.json");
    Files.writeString(file, "{\"habits\": [{\"id\": \"x\", \"kind\": \"daily\", \"min\": -2}]}");
    assertThatThrownBy(() -> SettingsFile.load(file))
        .hasMessage(file + ":1:49: habits[0].min: expected a count above 0 and at most 1000000, found -2");
  }

  @Test
  void aConfigThatCannotBeReadIsAnInputOutputError() throws Exception {
    Path folder = Files.createDirectory(home.resolve("config.json"));
    assertThatThrownBy(() -> SettingsFile.load(folder))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.exitCode()).isEqualTo(Failure.IO));
  }
}
