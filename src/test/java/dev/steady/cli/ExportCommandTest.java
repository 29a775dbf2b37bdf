package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("steady export --csv")
class ExportCommandTest {
  static final String HEADER = "id,habit,date,recordedAt,type,seconds,count,items,bed,wake,plan,completed,breaths,bpm,note,firstDay";

  @TempDir Path home;
  Steady steady;

  @BeforeEach
  void at_noon() {
    steady = new Steady(home, "2026-11-20T12:00");
  }

  @Test
  @DisplayName("of an empty log prints the header row alone")
  void header() {
    CommandRun run = steady.run("export", "--csv");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(HEADER + "\n");
  }

  @Test
  @DisplayName("prints one row an entry, oldest first, in the documented columns, quoting what needs it")
  void rows() {
    steady.run("log", "move", "25m", "--note", "park, then hill");
    steady.run("log", "diet", "plants", "kale", "red lentils", "--date", "yesterday");
    steady.run("log", "sleep", "23:10", "06:55");
    steady.run("log", "fermented", "2");
    steady.writeLog(steady.logFile().toFile().exists() ? withSession() : "");

    CommandRun run = steady.run("export", "--csv");

    assertThat(run.out().replaceAll("(?m)^(?!id,)[0-9a-z]+,", "ID,"))
        .isEqualTo(
            HEADER + "\n"
                + "ID,plants,2026-11-19,2026-11-20T12:00+01:00,items,,,kale; red lentils,,,,,,,,\n"
                + "ID,move,2026-11-20,2026-11-20T12:00+01:00,time,1500,,,,,,,,,\"park, then hill\",\n"
                + "ID,sleep,2026-11-20,2026-11-20T12:00+01:00,night,,,,23:10,06:55,,,,,,\n"
                + "ID,fermented,2026-11-20,2026-11-20T12:00+01:00,count,,2,,,,,,,,,\n"
                + "ID,breathe,2026-11-20,2026-11-20T13:00+01:00,session,120.0,,,,,resonance,true,12,6.0,,\n");
  }

  /** The log as written so far, with a breathing session appended by hand. */
  private String withSession() {
    try {
      String log = java.nio.file.Files.readString(steady.logFile());
      String session =
          """
          , {
              "id" : "s1",
              "habit" : "breathe",
              "date" : "2026-11-20",
              "recordedAt" : "2026-11-20T13:00+01:00",
              "session" : {"plan": "resonance", "completed": true, "breaths": 12, "seconds": 120.0, "bpm": 6.0}
            } ]
          }
          """;
      return log.substring(0, log.lastIndexOf('}', log.lastIndexOf(']'))+ 1) + session;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("without --csv is a usage error")
  void needsAFormat() {
    CommandRun run = steady.run("export");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--csv");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"})
  @DisplayName("a cell a spreadsheet would run as a formula starts with ' (notes and items, as a shared log may hold them)")
  void formulasAreDefused(String text) {
    String json = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\r", "\\r");
    steady.writeLog("{\"version\": 1, \"entries\": ["
        + "{\"id\": \"a1\", \"habit\": \"move\", \"date\": \"2026-11-20\", \"recordedAt\": \"2026-11-20T12:00:00+01:00\","
        + " \"seconds\": 1200, \"note\": \"" + json + "\"},"
        + "{\"id\": \"a2\", \"habit\": \"plants\", \"date\": \"2026-11-20\", \"recordedAt\": \"2026-11-20T12:00:01+01:00\","
        + " \"items\": [\"" + json + "\", \"kale\"]}]}");

    CommandRun run = steady.run("export", "--csv");
    assertThat(run.code()).isZero();
    List<String> cells = new java.util.ArrayList<>();
    try (var parser = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .readerFor(List.class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
        .readValues(run.out())) {
      parser.forEachRemaining(row -> ((List<?>) row).forEach(c -> cells.add(String.valueOf(c))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(cells).contains("'" + text, "'" + text + "; kale");
    assertThat(cells).noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
  }

  @Test
  @DisplayName("text that only contains those characters is left alone; control characters are escaped")
  void otherCells() {
    steady.run("log", "move", "20m", "--note", "1+1=2 @home, -ish");
    steady.run("log", "move", "20m", "--note", "a\u001b[2J\u009b b");

    CommandRun run = steady.run("export", "--csv");
    assertThat(run.out()).contains(",\"1+1=2 @home, -ish\",\n").contains(",a\\x1b[2J\\x9b b,\n");
    TerminalSafetyTest.assertSafe(run);
  }
}
