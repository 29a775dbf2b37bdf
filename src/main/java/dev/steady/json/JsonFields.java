package dev.steady.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.habit.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Fields written into the JSON object a {@link JsonWriter} has open: the log's own writer, or a jackson
 * generator. An I/O failure comes out as {@link UncheckedIOException}, which {@link #unwrapped} turns back for
 * callers that declare {@link IOException}.
 */
public final class JsonFields implements Fields {
  private final JsonWriter w;
  private final boolean plainDecimals;

  private JsonFields(JsonWriter w, boolean plainDecimals) {
    this.w = w;
    this.plainDecimals = plainDecimals;
  }

  /** Decimals as Java writes a double ({@code 120.0}): the log's form since its first version. */
  public static JsonFields exact(JsonWriter w) {
    return new JsonFields(w, false);
  }

  /** Decimals as a person writes them ({@code 20}, {@code 2.5}), as config.json has them. */
  public static JsonFields plain(JsonGenerator g) {
    return new JsonFields(JsonOut.writer(g), true);
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

  @Override
  public void text(String name, String value) {
    w.field(name, value);
  }

  @Override
  public void whole(String name, long value) {
    w.field(name, value);
  }

  @Override
  public void decimal(String name, double value) {
    if (plainDecimals && value == Math.rint(value) && Math.abs(value) < 1e15) {
      w.field(name, (long) value);
    } else {
      w.field(name, value);
    }
  }

  @Override
  public void bool(String name, boolean value) {
    w.field(name, value);
  }

  @Override
  public void texts(String name, List<String> values) {
    w.startArray(name);
    for (String v : values) {
      w.string(v);
    }
    w.endArray();
  }

  @Override
  public void object(String name, Consumer<Fields> fill) {
    w.startObject(name);
    fill.accept(this);
    w.endObject();
  }

  @Override
  public <T> void objects(String name, List<T> values, BiConsumer<T, Fields> fill) {
    w.startArray(name);
    for (T v : values) {
      w.startObject();
      fill.accept(v, this);
      w.endObject();
    }
    w.endArray();
  }
}
