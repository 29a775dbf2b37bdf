package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.steady.json.JsonOut;
import dev.steady.term.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * A command's {@code --json} output: one document on stdout, ended by a newline. JSON itself escapes the C0
 * controls; DEL, the C1 controls and the bidirectional overrides are escaped as {@code \\uXXXX} too (the same
 * string to a JSON reader), so that the document is as safe on a terminal as the plain output.
 */
final class JsonDocument {
  private static final CharacterEscapes TERMINAL_SAFE = new TerminalSafe();

  private JsonDocument() {}

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static void print(PrintWriter out, Body body) {
    try (JsonGenerator g = JsonOut.to(out).setCharacterEscapes(TERMINAL_SAFE)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  private static final class TerminalSafe extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalSafe() {
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      return c <= Character.MAX_VALUE && TerminalText.control((char) c, false)
          ? new SerializedString(String.format("\\u%04X", c))
          : null;
    }
  }
}
