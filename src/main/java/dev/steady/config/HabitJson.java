package dev.steady.config;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.habit.Amount;
import dev.steady.habit.Habit;
import dev.steady.json.JsonFields;
import dev.steady.json.Node;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A habit's form in {@code config.json}, both ways. Fields a kind can do without: {@code min} and
 * {@code dailyMin} (1), {@code tolerance} (30m), {@code unit} (none: a count) and {@code group} (none).
 */
final class HabitJson {
  private static final String KINDS = "daily, window, weekly-days, weekly-distinct, weekly-at-most";
  private static final Duration TOLERANCE = Duration.ofMinutes(30);

  private HabitJson() {}

  /** The habits list: each valid, with ids used once. */
  static List<Habit> readAll(Node list) {
    List<Habit> habits = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Node n : list.elements()) {
      Habit habit = read(n);
      String before = seen.putIfAbsent(habit.id(), n.path());
      if (before != null) {
        throw n.get("id").invalid("\"" + habit.id() + "\" is already the id of " + before);
      }
      habits.add(habit);
    }
    return habits;
  }

  static Habit read(Node n) {
    String id = Expect.name(n.get("id"));
    String kind = n.get("kind").text();
    switch (kind) {
      case "daily":
        n.only(List.of("id", "kind", "min", "unit", "group"));
        return new Habit.Daily(id, least(n, "min"), unit(n), group(n));
      case "window":
        n.only(List.of("id", "kind", "bed", "wake", "tolerance", "group"));
        return new Habit.Window(
            id,
            Expect.time(n.get("bed")),
            Expect.time(n.get("wake")),
            n.find("tolerance").map(Expect::tolerance).orElse(TOLERANCE),
            group(n));
      case "weekly-days":
        n.only(List.of("id", "kind", "days", "dailyMin", "unit", "group"));
        return new Habit.WeeklyDays(
            id, (int) Expect.whole(n.get("days"), 1, 7), least(n, "dailyMin"), unit(n), group(n));
      case "weekly-distinct":
        n.only(List.of("id", "kind", "target", "group"));
        return new Habit.WeeklyDistinct(id, (int) Expect.whole(n.get("target"), 1, Amount.Count.MOST), group(n));
      case "weekly-at-most":
        n.only(List.of("id", "kind", "max", "group"));
        return new Habit.WeeklyAtMost(id, Expect.whole(n.get("max"), 0, Amount.Count.MOST), group(n));
      default:
        throw n.get("kind").invalid("expected one of " + KINDS + ", found \"" + kind + "\"");
    }
  }

  /** A day's least amount: minutes of a day for a habit in minutes, else a count; 1 when not given. */
  private static double least(Node n, String field) {
    boolean minutes = unit(n) != null;
    return n.find(field).map(v -> Expect.least(v, minutes)).orElse(1.0);
  }

  private static String unit(Node n) {
    return n.find("unit").map(Expect::unit).orElse(null);
  }

  private static String group(Node n) {
    return n.find("group").map(Expect::name).orElse(null);
  }

  static void write(JsonGenerator g, Habit habit) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", habit.id());
    g.writeStringField("kind", habit.kind());
    JsonFields.plain(g).unwrapped(habit::write);
    optional(g, "group", habit.group());
    g.writeEndObject();
  }


  private static void optional(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }
}
