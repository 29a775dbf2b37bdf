package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.habit.Due;
import dev.steady.habit.Progress;
import java.io.IOException;

/** The JSON pieces that streaks, due and remind share: progress and a due item. */
final class StatusJson {
  private StatusJson() {}

  /** {@code "progress": {"value", "target", "unit"}}; unit is null for habits that count. */
  static void progress(JsonGenerator g, Progress p) throws IOException {
    g.writeObjectFieldStart("progress");
    number(g, "value", p.value());
    number(g, "target", p.target());
    g.writeStringField("unit", p.unit());
    g.writeEndObject();
  }

  /** {@code {"id", "message", "progress"}}. */
  static void item(JsonGenerator g, Due.Item item) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", item.id());
    g.writeStringField("message", item.message());
    progress(g, item.progress());
    g.writeEndObject();
  }

  /** Whole numbers without a decimal point; others to three decimals (minutes of breathing). */
  private static void number(JsonGenerator g, String name, double value) throws IOException {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      g.writeNumberField(name, (long) value);
    } else {
      g.writeNumberField(name, Math.round(value * 1000) / 1000.0);
    }
  }
}
