package dev.steady.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steady.failure.Failure;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The syntax of the log, as the reader reports it: what is wrong, and where. */
class JsonCursorTest {
  private static Failure failure(byte[] log) {
    try {
      LogReader.read(log, "log.json");
    } catch (Failure f) {
      assertThat(f.exitCode()).isEqualTo(Failure.DATA);
      return f;
    }
    throw new AssertionError("read without complaint");
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("JSON that is not JSON is named by line and column")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          {"version": 1, "entries": [],}         | log.json:1:30: invalid JSON: expected a field name in double quotes, found '}'
          {"version": 01, "entries": []}         | log.json:1:14: invalid JSON: a number may not begin with 0
          {"version": 1., "entries": []}         | log.json:1:15: invalid JSON: expected a digit after the decimal point, found ','
          {"version": 1 "entries": []}           | log.json:1:15: invalid JSON: expected ',' or '}', found '\"'
          {"version": 1, entries: []}            | log.json:1:16: invalid JSON: expected a field name in double quotes, found 'e'
          {"version": 1, "entries": [] } x       | log.json:1:32: invalid JSON: expected the end of the document, found 'x'
          {"version": tru, "entries": []}        | log.json:1:13: invalid JSON: expected a value, found 't'
          {"version": 1, "entries": [{"id": "\\x"}]} | log.json:1:36: invalid JSON: a backslash before 'x' in a string, which is no escape
          {"version": 1, "entries": [{"id": "\\u12g4"}]} | log.json:1:36: invalid JSON: expected four hex digits after \\u in a string
          {"version": 1, "entries": [{"id": "a   | log.json:1:35: invalid JSON: a string with no closing quote
          """)
  void syntax(String log, String message) {
    assertThat(failure(log.getBytes(UTF_8))).hasMessage(message);
  }

  @Test
  @DisplayName("a raw control character in a string must be escaped")
  void controlCharacter() {
    assertThat(failure("{\"version\": 1, \"entries\": [{\"id\": \"a\tb\"}]}".getBytes(UTF_8)))
        .hasMessage("log.json:1:37: invalid JSON: a control character in a string must be escaped");
  }

  @Test
  @DisplayName("text that is not UTF-8 is named where it begins")
  void notUtf8() {
    byte[] log = HexFormat.of().parseHex("7b2276657273696f6e223a20312c2022656e7472696573223a205b7b226964223a2022c0af227d5d7d");

    assertThat(failure(log)).hasMessage("log.json:1:36: invalid JSON: the text is not valid UTF-8");
  }

  @Test
  @DisplayName("a column counts characters, not bytes")
  void columnsCountCharacters() {
    assertThat(failure("{\"version\": 1, \"ünknown\": \"é\"}".getBytes(UTF_8)))
        .hasMessage("log.json:1:27: \"ünknown\": unknown field (expected one of version, entries, deleted)");
  }

  @Test
  @DisplayName("nesting deeper than 64 is refused, as by steady's other JSON files")
  void nesting() {
    String deep = "[".repeat(65) + "]".repeat(65);

    assertThat(failure(("{\"version\": 3, \"entries\": [], \"x\": " + deep + "}").getBytes(UTF_8)))
        .hasMessageContaining("invalid JSON: nested deeper than 64 objects and lists");
  }

  @Test
  @DisplayName("a byte-order mark before the log is allowed")
  void byteOrderMark() {
    byte[] log = ("\ufeff{\"version\": 1, \"entries\": []}").getBytes(UTF_8);

    assertThat(LogReader.read(log, "log.json").entries()).isEmpty();
  }

  @Test
  @DisplayName("half a surrogate pair is JSON but not text, and is refused")
  void halfASurrogatePair() {
    assertThatThrownBy(() -> LogReader.read("{\"version\": 1, \"entries\": [{\"id\": \"\\ud800\"}]}".getBytes(UTF_8), "log.json"))
        .hasMessage("log.json:1:35: a string holds half a surrogate pair, \\ud800");
  }
}
