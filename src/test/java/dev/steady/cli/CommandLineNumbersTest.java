package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Numbers and dates typed on the command line")
class CommandLineNumbersTest {
  @TempDir Path home;

  private CommandRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--home", home.toString()));
    return CommandRun.of(CommandRun.context(), all.toArray(String[]::new));
  }

  /** Each one a form that Java's parsers take and a person does not mean as a number. */
  @ParameterizedTest(name = "--bpm {0}")
  @ValueSource(strings = {"0x1p3", "6d", "6f", "6D", "6e0", "1e1", "NaN", "Infinity", "+6", "0x6", " 6", "6 ",
      "٦", "６", "6,5", "1_0", "--6", "1234567890", ""})
  @DisplayName("--bpm takes plain decimals only: anything else exits 2 saying what was expected")
  void decimalsArePlain(String value) {
    CommandRun run = run("breathe", "--plain", "--bpm", value);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("steady: Invalid value for option '--bpm': expected a plain decimal number such as 6 or 5.5, found \"");
    assertThat(run.out()).isEmpty();
    assertThat(home.resolve("log.json")).doesNotExist();
  }

  @ParameterizedTest(name = "--bpm {0}")
  @ValueSource(strings = {"6", "5.5", "05.50", "20", "2.000000000"})
  void plainDecimalsAreTaken(String value) {
    CommandRun run = run("breathe", "--plain", "--no-log", "--duration", "10s", "--bpm", value);

    assertThat(run.code()).as(run.err()).isEqualTo(0);
  }

  @Test
  void aDecimalOutOfRangeSaysTheRange() {
    CommandRun run = run("breathe", "--plain", "--bpm", "-.5");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("steady: --bpm: expected a rate between 2 and 20 breaths a minute, found -0.5");
  }

  @ParameterizedTest(name = "--days {0}")
  @ValueSource(strings = {"0x10", "#10", "1e1", "10.0", "+10", "١٠", "99999999999999999999", "2147483648", ""})
  @DisplayName("whole numbers are plain decimals too (no octal, hex or other scripts' digits)")
  void wholeNumbersArePlain(String value) {
    CommandRun run = run("streaks", "--days", value);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("steady: Invalid value for option '--days': expected a whole number such as 28, found \"");
  }

  @ParameterizedTest(name = "--days {0}")
  @ValueSource(strings = {"0", "-1", "367", "999999999", "-999999999"})
  void wholeNumbersOutOfRangeSayTheRange(String value) {
    CommandRun run = run("streaks", "--days", value);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("steady: --days: expected 1 to 366, found " + Integer.parseInt(value));
  }

  @ParameterizedTest(name = "--date {0}")
  @ValueSource(strings = {"-0001-01-01", "+10000-01-01", "+2025-01-01", "10000-01-01", "0000-01-01", "1899-12-31",
      "2025-02-29", "2025-13-01", "2025-1-1", "２０２５-０１-０１", "2025-03-10T00:00", " 2025-03-10x", ""})
  @DisplayName("--date takes YYYY-MM-DD from 1900 on, today or yesterday")
  void datesAreIsoDatesOfFourDigitYears(String value) {
    CommandRun log = run("log", "move", "20m", "--date", value);
    CommandRun history = run("history", "--since", value);

    assertThat(log.code()).isEqualTo(2);
    assertThat(log.errLines()).singleElement().asString().startsWith("steady: --date: expected a date ");
    assertThat(history.code()).isEqualTo(2);
    assertThat(history.errLines()).singleElement().asString().startsWith("steady: --since: expected a date ");
    assertThat(home.resolve("log.json")).doesNotExist();
  }

  @Test
  void theFirstYearTakenIs1900() {
    assertThat(run("log", "move", "20m", "--date", "1900-01-01").code()).isEqualTo(0);
    assertThat(run("history", "--since", "1900-01-01").out()).contains("1900-01-01");
  }

  static Stream<String> randomText() {
    Random random = new Random(7);
    String alphabet = "0123456789.-+eEdDfFxXpP_#, \t٣５";
    return IntStream.range(0, 300)
        .mapToObj(i -> {
          StringBuilder b = new StringBuilder();
          for (int n = random.nextInt(12); n > 0; n--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          return b.toString();
        });
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("randomText")
  @DisplayName("random number-like text never throws: every run exits 0 or 2 with one line")
  void randomNumberLikeTextNeverThrows(String value) {
    for (String[] args : List.of(
        new String[] {"breathe", "--plain", "--no-log", "--duration", "10s", "--bpm", value},
        new String[] {"streaks", "--days", value},
        new String[] {"log", "move", "20m", "--date", value},
        new String[] {"log", "fermented", value},
        new String[] {"log", "move", value},
        new String[] {"breathe", "--plain", "--no-log", "--duration", value},
        new String[] {"breathe", "--plain", "--no-log", "--duration", "10s", "--ratio", value})) {
      CommandRun run = run(args);
      assertThat(run.code()).as(String.join(" ", args)).isIn(0, 2);
      if (run.code() == 2) {
        assertThat(run.errLines()).as(String.join(" ", args)).hasSize(1);
      }
    }
  }
}
