package dev.steady.store;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.json.Node;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** Entries to and from their JSON form in the log (documented in the README). */
public final class EntryCodec {
  private static final Set<String> FIELDS =
      Set.of("id", "habit", "date", "recordedAt", "seconds", "count", "items", "bed", "wake", "session", "note");
  private static final Set<String> SESSION_FIELDS = Set.of("plan", "completed", "breaths", "seconds", "bpm");
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private EntryCodec() {}

  /** @param strict whether unknown fields are errors (they are not in a log of a newer version) */
  public static Entry read(Node n, boolean strict) {
    if (strict) {
      n.only(FIELDS);
    }
    String id = n.get("id").text();
    String habit = n.get("habit").text();
    LocalDate date = n.get("date").as(LocalDate::parse, "a date YYYY-MM-DD");
    OffsetDateTime at = n.get("recordedAt").as(OffsetDateTime::parse, "a time with offset, such as 2026-11-21T07:05:00+01:00");
    String note = n.find("note").map(Node::text).orElse(null);
    return new Entry(id, habit, date, at, amount(n, strict), note);
  }

  private static Amount amount(Node n, boolean strict) {
    if (n.has("session")) {
      Node s = n.get("session");
      if (strict) {
        s.only(SESSION_FIELDS);
      }
      return new Amount.Session(
          s.get("plan").text(),
          s.get("completed").bool(),
          (int) nonNegative(s.get("breaths")),
          s.get("seconds").number(),
          s.get("bpm").number());
    }
    if (n.has("seconds")) {
      return new Amount.Time(Duration.ofSeconds(nonNegative(n.get("seconds"))));
    }
    if (n.has("count")) {
      return new Amount.Count(nonNegative(n.get("count")));
    }
    if (n.has("items")) {
      return new Amount.Items(n.get("items").elements().stream().map(Node::text).toList());
    }
    if (n.has("bed") || n.has("wake")) {
      return new Amount.Night(
          n.get("bed").as(LocalTime::parse, "a time HH:MM"), n.get("wake").as(LocalTime::parse, "a time HH:MM"));
    }
    throw n.invalid("expected one of seconds, count, items, bed and wake, or session");
  }

  private static long nonNegative(Node n) {
    long v = n.whole();
    if (v < 0) {
      throw n.invalid("expected 0 or more, found " + v);
    }
    return v;
  }

  public static void write(JsonGenerator g, Entry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("habit", e.habit());
    g.writeStringField("date", e.date().toString());
    g.writeStringField("recordedAt", e.recordedAt().toString());
    Amount a = e.amount();
    if (a instanceof Amount.Time t) {
      g.writeNumberField("seconds", t.length().toSeconds());
    } else if (a instanceof Amount.Count c) {
      g.writeNumberField("count", c.count());
    } else if (a instanceof Amount.Items i) {
      g.writeArrayFieldStart("items");
      for (String item : i.items()) {
        g.writeString(item);
      }
      g.writeEndArray();
    } else if (a instanceof Amount.Night night) {
      g.writeStringField("bed", night.bed().format(HH_MM));
      g.writeStringField("wake", night.wake().format(HH_MM));
    } else if (a instanceof Amount.Session s) {
      g.writeObjectFieldStart("session");
      g.writeStringField("plan", s.plan());
      g.writeBooleanField("completed", s.completed());
      g.writeNumberField("breaths", s.breaths());
      g.writeNumberField("seconds", s.seconds());
      g.writeNumberField("bpm", s.bpm());
      g.writeEndObject();
    }
    if (e.note() != null) {
      g.writeStringField("note", e.note());
    }
    g.writeEndObject();
  }

  static List<Entry> readAll(List<Node> nodes, boolean strict) {
    return nodes.stream().map(n -> read(n, strict)).toList();
  }
}
