package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady export --csv")
class ExportCommandTest {
  static final String HEADER = "id,habit,date,recordedAt,type,seconds,count,items,bed,wake,plan,completed,breaths,bpm,note";

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
                + "ID,plants,2026-11-19,2026-11-20T12:00+01:00,items,,,kale; red lentils,,,,,,,\n"
                + "ID,move,2026-11-20,2026-11-20T12:00+01:00,time,1500,,,,,,,,,\"park, then hill\"\n"
                + "ID,sleep,2026-11-20,2026-11-20T12:00+01:00,night,,,,23:10,06:55,,,,,\n"
                + "ID,fermented,2026-11-20,2026-11-20T12:00+01:00,count,,2,,,,,,,,\n"
                + "ID,breathe,2026-11-20,2026-11-20T13:00+01:00,session,120.0,,,,,resonance,true,12,6.0,\n");
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
}
