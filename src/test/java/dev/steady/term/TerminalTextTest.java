package dev.steady.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Text shown on a terminal")
class TerminalTextTest {
  /** Every character a terminal may act on: C0, DEL, C1, the bidi embeddings, overrides and isolates, U+2028/9. */
  static IntStream controls() {
    return IntStream.concat(
        IntStream.concat(IntStream.range(0, 0x20), IntStream.rangeClosed(0x7f, 0x9f)),
        IntStream.of(0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029));
  }

  static boolean unsafe(String shown) {
    return shown.chars().anyMatch(c -> controls().anyMatch(k -> k == c));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plain text, kale & oats|plain text, kale & oats",
        "back\\\\slash stays|back\\\\slash stays",
        "émoji 🌱 and 日本語 and עברית|émoji 🌱 and 日本語 and עברית"
      })
  void leavesOrdinaryTextAlone(String text, String shown) {
    assertThat(TerminalText.escape(text)).isEqualTo(shown);
  }

  @Test
  @DisplayName("escapes what the probe found: an OSC title, a clear screen, a one-character CSI, a bell")
  void escapesTheProbesExamples() {
    assertThat(TerminalText.escape("\u001b]0;pwned\u0007")).isEqualTo("\\x1b]0;pwned\\x07");
    assertThat(TerminalText.escape("\u001b[2J")).isEqualTo("\\x1b[2J");
    assertThat(TerminalText.escape("\u009b31m")).isEqualTo("\\x9b31m");
    assertThat(TerminalText.escape("\u001b]52;c;aGk=\u001b\\")).isEqualTo("\\x1b]52;c;aGk=\\x1b\\");
    assertThat(TerminalText.escape("a\tb\nc\rd\u007f")).isEqualTo("a\\tb\\nc\\rd\\x7f");
    assertThat(TerminalText.escape("safe \u202egnp.exe")).isEqualTo("safe \\u202egnp.exe");
  }

  @Test
  void keepingLinesKeepsTabsAndLineBreaksOnly() {
    assertThat(TerminalText.escapeKeepingLines("a\tb\r\nc\u001b[1m\u0085"))
        .isEqualTo("a\tb\r\nc\\x1b[1m\\x85");
  }

  @Test
  @DisplayName("escapes every control character, one by one")
  void escapesTheWholeClass() {
    controls().forEach(c -> {
      String shown = TerminalText.escape("<" + (char) c + ">");
      assertThat(unsafe(shown)).as("U+%04X shown as %s", c, shown).isFalse();
      assertThat(shown).as("U+%04X", c).startsWith("<\\").endsWith(">");
    });
  }

  static Stream<String> randomText() {
    Random random = new Random(42);
    return IntStream.range(0, 500).mapToObj(i -> {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(40); n > 0; n--) {
        int kind = random.nextInt(4);
        b.append((char) (kind == 0 ? random.nextInt(0x100) : kind == 1 ? 0x2020 + random.nextInt(0x60)
            : kind == 2 ? 0x20 + random.nextInt(0x5f) : random.nextInt(0x10000)));
      }
      return b.toString();
    });
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource("randomText")
  @DisplayName("random text comes out with no control character, and unchanged where it had none")
  void randomTextIsSafe(String text) {
    String shown = TerminalText.escape(text);
    assertThat(unsafe(shown)).isFalse();
    if (!unsafe(text)) {
      assertThat(shown).isEqualTo(text);
    }
  }
}
