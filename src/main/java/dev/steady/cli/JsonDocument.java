package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.json.JsonOut;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** A command's {@code --json} output: one document on stdout, ended by a newline. */
final class JsonDocument {
  private JsonDocument() {}

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static void print(PrintWriter out, Body body) {
    try (JsonGenerator g = JsonOut.to(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }
}
