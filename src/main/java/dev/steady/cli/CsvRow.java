package dev.steady.cli;

import dev.steady.habit.Fields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** One row of the CSV export, by column; text cells made safe for a spreadsheet ({@link ExportCommand#cell}). */
final class CsvRow implements Fields {
  private final Map<String, Object> row = new LinkedHashMap<>();

  Map<String, Object> columns() {
    return row;
  }

  @Override
  public void text(String name, String value) {
    row.put(name, ExportCommand.cell(value));
  }

  @Override
  public void whole(String name, long value) {
    row.put(name, value);
  }

  @Override
  public void decimal(String name, double value) {
    row.put(name, value);
  }

  @Override
  public void bool(String name, boolean value) {
    row.put(name, value);
  }

  /** Items share one cell, joined with {@code "; "}. */
  @Override
  public void texts(String name, List<String> values) {
    text(name, String.join("; ", values));
  }

  /** A row is flat: the amounts' export columns never nest. */
  @Override
  public void object(String name, Consumer<Fields> fill) {
    throw new UnsupportedOperationException("a CSV row has no nested " + name);
  }

  @Override
  public <T> void objects(String name, List<T> values, BiConsumer<T, Fields> fill) {
    throw new UnsupportedOperationException("a CSV row has no nested " + name);
  }
}
