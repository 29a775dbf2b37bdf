package dev.steady.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.habit.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Fields written into the JSON object a generator has open. An I/O failure comes out as {@link
 * UncheckedIOException}, which {@link #unwrapped} turns back for callers that declare {@link IOException}.
 */
public final class JsonFields implements Fields {
  private final JsonGenerator g;
  private final boolean plainDecimals;

  private JsonFields(JsonGenerator g, boolean plainDecimals) {
    this.g = g;
    this.plainDecimals = plainDecimals;
  }

  /** Decimals as Java writes a double ({@code 120.0}): the log's form since its first version. */
  public static JsonFields exact(JsonGenerator g) {
    return new JsonFields(g, false);
  }

  /** Decimals as a person writes them ({@code 20}, {@code 2.5}), as config.json has them. */
  public static JsonFields plain(JsonGenerator g) {
    return new JsonFields(g, true);
  }

  /** Something that writes through fields and may fail writing. */
  public interface Filling {
    void fill(Fields out);
  }

  /** Runs {@code filling}, giving back the {@link IOException} that writing it met. */
  public void unwrapped(Filling filling) throws IOException {
    try {
      filling.fill(this);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private interface Write {
    void run() throws IOException;
  }

  private static void write(Write w) {
    try {
      w.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void text(String name, String value) {
    write(() -> g.writeStringField(name, value));
  }

  @Override
  public void whole(String name, long value) {
    write(() -> g.writeNumberField(name, value));
  }

  @Override
  public void decimal(String name, double value) {
    write(() -> {
      if (plainDecimals) {
        JsonOut.number(g, name, value);
      } else {
        g.writeNumberField(name, value);
      }
    });
  }

  @Override
  public void bool(String name, boolean value) {
    write(() -> g.writeBooleanField(name, value));
  }

  @Override
  public void texts(String name, List<String> values) {
    write(() -> {
      g.writeArrayFieldStart(name);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    });
  }

  @Override
  public void object(String name, Consumer<Fields> fill) {
    write(() -> g.writeObjectFieldStart(name));
    fill.accept(this);
    write(g::writeEndObject);
  }

  @Override
  public <T> void objects(String name, List<T> values, BiConsumer<T, Fields> fill) {
    write(() -> g.writeArrayFieldStart(name));
    for (T v : values) {
      write(g::writeStartObject);
      fill.accept(v, this);
      write(g::writeEndObject);
    }
    write(g::writeEndArray);
  }
}
