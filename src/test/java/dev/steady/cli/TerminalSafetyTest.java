package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text from a person or a file never reaches the terminal with control characters, whichever command prints
 * it: each test puts hostile text where a person or a shared file could, and reads both streams.
 */
@DisplayName("Text from people and files, on the terminal")
class TerminalSafetyTest {
  /** An OSC title write with a bell, a clear screen, a one-character CSI (C1), DEL and a bidi override. */
  static final String HOSTILE = "\u001b]0;pwned\u0007 \u001b[2J \u009b31m \u007f \u202eevil";
  static final String SHOWN = "\\x1b]0;pwned\\x07 \\x1b[2J \\x9b31m \\x7f \\u202eevil";
  /** The same, as a JSON string in a file. */
  static final String IN_JSON = "\\u001b]0;pwned\\u0007 \\u001b[2J \\u009b31m \\u007f \\u202eevil";

  @TempDir Path home;
  Steady steady;

  @BeforeEach
  void atNoon() {
    steady = new Steady(home, "2026-11-20T12:00");
  }

  /** Neither stream holds a character a terminal could act on (a newline ends a line, nothing more). */
  static void assertSafe(CommandRun run) {
    assertThat(controls(run.out())).as("controls on stdout:%n%s", run.out()).isEmpty();
    assertThat(controls(run.err())).as("controls on stderr:%n%s", run.err()).isEmpty();
  }

  private static List<String> controls(String text) {
    return text.chars()
        .filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069)))
        .mapToObj(c -> String.format("U+%04X", c))
        .toList();
  }

  private void plan(String name, String json) throws IOException {
    Files.createDirectories(home.resolve("plans"));
    Files.writeString(home.resolve("plans").resolve(name + ".json"), json, StandardCharsets.UTF_8);
  }

  private static final String HOSTILE_PLAN =
      "{\"title\": \"" + IN_JSON + "\", \"description\": \"" + IN_JSON + "\", \"duration\": \"10s\","
          + " \"segments\": [{\"bpm\": 6, \"ratio\": \"4:6\", \"prompts\": {\"inhale\": \"in " + IN_JSON + "\","
          + " \"exhale\": \"out " + IN_JSON + "\"}}], \"notes\": [{\"at\": \"0:00\", \"text\": \"" + IN_JSON + "\"}]}";

  @Test
  void logConfirmsANoteEscaped() {
    CommandRun run = steady.run("log", "move", "20m", "--note", HOSTILE);

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"" + SHOWN + "\"");
    assertSafe(run);
    assertThat(steady.entries().get(0).note()).as("the log keeps what was typed").isEqualTo(HOSTILE);
  }

  @Test
  void itemsAreEscapedAndTheHistoryToo() {
    steady.run("log", "plants", "kale\u001b[2J", "oats\u009b");
    steady.run("log", "move", "20m", "--note", HOSTILE);

    CommandRun history = steady.run("history");
    assertThat(history.out()).contains("kale\\x1b[2J, oats\\x9b").contains(SHOWN);
    assertSafe(history);
    assertSafe(steady.run("undo"));
    assertSafe(steady.run("undo"));
  }

  @Test
  @DisplayName("history --json escapes as JSON does, and DEL, C1 and bidi controls as \\uXXXX too")
  void jsonEscapes() {
    steady.run("log", "move", "20m", "--note", HOSTILE);

    CommandRun run = steady.run("history", "--json");
    assertSafe(run);
    assertThat(run.out()).contains("\\u001B]0;pwned\\u0007 \\u001B[2J \\u009B31m \\u007F \\u202Eevil");
    assertThat(Json.read(run.out().getBytes(StandardCharsets.UTF_8), "stdout").get("entries").elements().get(0)
            .get("note").text())
        .isEqualTo(HOSTILE);
  }

  @Test
  @DisplayName("a shared plan's title, description, prompts and notes: plans, plans show, plans --json, breathe --plain")
  void planText() throws IOException {
    plan("shared", HOSTILE_PLAN);

    CommandRun list = steady.run("plans");
    assertThat(list.out()).contains(SHOWN);
    assertSafe(list);
    CommandRun show = steady.run("plans", "show", "shared");
    assertThat(show.out()).contains(SHOWN).contains("in " + SHOWN).contains("out " + SHOWN);
    assertSafe(show);
    assertSafe(steady.run("plans", "--json"));
    CommandRun breathe = steady.run("breathe", "shared", "--plain", "--no-log");
    assertThat(breathe.code()).isZero();
    assertThat(breathe.out()).contains("inhale 4s in " + SHOWN);
    assertSafe(breathe);
    assertSafe(steady.run("breathe", "shared", "--plain", "--no-log", "--json"));
  }

  @Test
  @DisplayName("a broken plan's name and problem, as plans reports it on stderr")
  void brokenPlan() throws IOException {
    plan("bad\u001b[2J", "{\"title\": 1}");
    plan("worse", "{\"title\": \"t\", \"duration\": \"" + IN_JSON + "\"}");

    CommandRun run = steady.run("plans");
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("bad\\x1b[2J").contains(SHOWN);
    assertSafe(run);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"streaks", "due", "remind", "history", "log move 20m", "config", "breathe --plain"})
  @DisplayName("an error quoting config.json shows its raw ESC and BEL escaped, whichever command reads it")
  void errorsQuotingTheConfig(String command) {
    steady.writeConfig("{\"habits\": [{\"id\": \"" + IN_JSON + "\", \"kind\": \"daily\"}]}");

    CommandRun run = steady.run(command.split(" "));
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains(SHOWN);
    assertSafe(run);
  }

  @Test
  void errorsQuotingALogAndAConfigWithRawControlBytes() {
    steady.writeConfig("{\"dayStartsAt\": \"\u001b[2J\u0007\"}");
    CommandRun config = steady.run("streaks");
    assertThat(config.code()).isEqualTo(65);
    assertSafe(config);

    steady.writeConfig("{}");
    steady.writeLog("{\"version\": 1, \"entries\": [{\"id\": \"\u001b]0;x\u0007\"}]}");
    CommandRun log = steady.run("history");
    assertThat(log.code()).isEqualTo(65);
    assertSafe(log);
  }

  @Test
  @DisplayName("a typed value quoted in a usage error: options, habits, dates, durations, unknown commands")
  void usageErrorsQuoteSafely() {
    for (String[] args : List.of(
        new String[] {"log", HOSTILE},
        new String[] {"log", "move", HOSTILE},
        new String[] {"log", "fermented", HOSTILE},
        new String[] {"log", "sleep", HOSTILE, "07:00"},
        new String[] {"log", "move", "20m", "--date", HOSTILE},
        new String[] {"log", "move", "20m", "--at", HOSTILE},
        new String[] {"history", "--since", HOSTILE},
        new String[] {"history", "--habit", HOSTILE},
        new String[] {"breathe", HOSTILE},
        new String[] {"breathe", "--bpm", HOSTILE},
        new String[] {"breathe", "--ratio", HOSTILE},
        new String[] {"breathe", "--duration", HOSTILE},
        new String[] {"streaks", "--days", HOSTILE},
        new String[] {"plans", "show", HOSTILE},
        new String[] {HOSTILE},
        new String[] {"due", HOSTILE},
        new String[] {"streaks", "--" + HOSTILE})) {
      CommandRun run = steady.run(args);
      assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", args)).contains("\\x1b");
      assertSafe(run);
    }
  }

  @Test
  @DisplayName("the places from the environment, as config prints them")
  void configPlaces() {
    CommandRun run = new Steady(home.resolve("a\u001b[2Jb"), "2026-11-20T12:00").run("config");
    assertThat(run.out()).contains("a\\x1b[2Jb");
    assertSafe(run);
  }

  @Test
  @DisplayName("every C0, DEL, C1 and bidi control in a note is escaped by log and history")
  void theWholeClass() {
    String all = IntStream.concat(IntStream.range(1, 0x20), IntStream.rangeClosed(0x7f, 0x9f))
        .mapToObj(c -> Character.toString((char) c))
        .reduce("", String::concat) + "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";

    assertSafe(steady.run("log", "move", "20m", "--note", all));
    assertSafe(steady.run("history"));
    assertSafe(steady.run("history", "--json"));
  }
}
