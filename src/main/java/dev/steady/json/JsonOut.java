package dev.steady.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes JSON the way a person can read and diff it: two-space indentation, one value a line. */
public final class JsonOut {
  private JsonOut() {}

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  private static DefaultPrettyPrinter printer() {
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(INDENT)
        .withArrayIndenter(INDENT);
  }

  /** A number as a person wrote it: {@code 6}, not {@code 6.0}; {@code 25.55} stays as it is. */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Writes a value as {@link Node#raw()} gives it, so that a file can be written back as it was read. */
  public static void raw(JsonGenerator g, Object value) throws IOException {
    if (value instanceof java.util.Map<?, ?> map) {
      g.writeStartObject();
      for (var e : map.entrySet()) {
        g.writeFieldName((String) e.getKey());
        raw(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof java.util.List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        raw(g, o);
      }
      g.writeEndArray();
    } else {
      g.writeObject(value);
    }
  }

  /** The generator as the fields a value of steady's own is written to; its I/O errors come out unchecked. */
  public static JsonWriter writer(JsonGenerator g) {
    return new JsonWriter() {
      @Override
      public void startObject() {
        write(() -> g.writeStartObject());
      }

      @Override
      public void startObject(String name) {
        write(() -> g.writeObjectFieldStart(name));
      }

      @Override
      public void endObject() {
        write(() -> g.writeEndObject());
      }

      @Override
      public void startArray(String name) {
        write(() -> g.writeArrayFieldStart(name));
      }

      @Override
      public void endArray() {
        write(() -> g.writeEndArray());
      }

      @Override
      public void string(String value) {
        write(() -> g.writeString(value));
      }

      @Override
      public void field(String name, String value) {
        write(() -> g.writeStringField(name, value));
      }

      @Override
      public void field(String name, long value) {
        write(() -> g.writeNumberField(name, value));
      }

      @Override
      public void field(String name, double value) {
        write(() -> g.writeNumberField(name, value));
      }

      @Override
      public void field(String name, boolean value) {
        write(() -> g.writeBooleanField(name, value));
      }
    };
  }

  private interface Write {
    void run() throws IOException;
  }

  private static void write(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonGenerator to(Writer out) {
    try {
      return Json.FACTORY
          .createGenerator(out)
          .setPrettyPrinter(printer())
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
