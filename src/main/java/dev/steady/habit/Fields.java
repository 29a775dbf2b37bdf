package dev.steady.habit;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Where a value writes its named fields: a JSON object in the log or config, a row of the CSV export. The kinds
 * say what their fields are; the writer says how they look, so the domain needs no JSON or CSV library.
 */
public interface Fields {
  void text(String name, String value);

  void whole(String name, long value);

  void decimal(String name, double value);

  void bool(String name, boolean value);

  void texts(String name, List<String> values);

  /** A nested object named {@code name}, filled by {@code fill}. */
  void object(String name, Consumer<Fields> fill);

  /** A list of objects named {@code name}, one for each value, each filled by {@code fill}. */
  <T> void objects(String name, List<T> values, BiConsumer<T, Fields> fill);
}
