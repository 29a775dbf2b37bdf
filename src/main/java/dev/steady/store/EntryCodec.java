package dev.steady.store;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.json.JsonWriter;
import dev.steady.json.JsonOut;
import dev.steady.time.TimeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry to and from its JSON object in the log (documented in the README):
 *
 * <pre>
 * {"id": "lx3k9abc12", "habit": "move", "date": "2026-11-21", "recordedAt": "2026-11-21T18:05:00+01:00",
 *  "seconds": 1500, "note": "the long way home"}
 * </pre>
 *
 * <p>The amount is exactly one of {@code seconds} (a whole number), {@code count} (a whole number),
 * {@code items} (strings), {@code bed} and {@code wake} ({@code HH:MM}), or {@code session} (an object with
 * {@code plan}, {@code completed}, {@code breaths}, {@code seconds} and {@code bpm}, and optionally the calm
 * ratings {@code calmBefore} and {@code calmAfter}, 1 to 10, and {@code ratings}, a find-rate session's
 * {@code [{"bpm", "comfort"}]} with comfort 1 to 5); {@code note} is
 * optional. An entry with two amounts, or a field given twice, is an error rather than read as one of them,
 * because writing the log back would silently drop the other.
 */
public final class EntryCodec {
  private static final List<String> FIELDS =
      List.of("id", "habit", "date", "recordedAt", "seconds", "count", "items", "bed", "wake", "session", "rest", "note");
  private static final List<String> SESSION_FIELDS =
      List.of("plan", "completed", "breaths", "seconds", "bpm", "calmBefore", "calmAfter", "ratings");
  private static final List<String> RATING_FIELDS = List.of("bpm", "comfort");
  /** Calm is rated 1 to 10, comfort 1 to 5. */
  public static final int CALM_MAX = 10;
  public static final int COMFORT_MAX = 5;
  private static final String AMOUNTS = "seconds, count, items, bed and wake, session, or rest";
  private static final String NIGHT = "bed and wake";

  private EntryCodec() {}

  /** Reads the entry that is the reader's current value. */
  static Entry read(LogReader r) {
    r.object("");
    int start = r.mark();
    String id = null;
    String habit = null;
    LocalDate date = null;
    OffsetDateTime recordedAt = null;
    String note = null;
    String kind = null;
    Amount amount = null;
    LocalTime bed = null;
    LocalTime wake = null;
    while (r.nextField()) {
      String field = r.field();
      switch (field) {
        case "id" -> id = r.text(r.first(id, field));
        case "habit" -> habit = r.habit(r.first(habit, field));
        case "date" -> date = r.date(r.first(date, field));
        case "recordedAt" -> recordedAt = r.instant(r.first(recordedAt, field));
        case "note" -> note = r.text(r.first(note, field));
        case "seconds" -> {
          kind = oneAmount(r, kind, field, field);
          amount = new Amount.Time(Duration.ofSeconds(r.whole(r.first(amount, field), 0, Amount.MOST)));
        }
        case "count" -> {
          kind = oneAmount(r, kind, field, field);
          amount = new Amount.Count(r.whole(r.first(amount, field), 0, Amount.MOST));
        }
        case "items" -> {
          kind = oneAmount(r, kind, field, field);
          amount = new Amount.Items(r.texts(r.first(amount, field)));
        }
        case "bed" -> {
          kind = oneAmount(r, kind, NIGHT, field);
          bed = r.timeOfDay(r.first(bed, field));
        }
        case "wake" -> {
          kind = oneAmount(r, kind, NIGHT, field);
          wake = r.timeOfDay(r.first(wake, field));
        }
        case "session" -> {
          kind = oneAmount(r, kind, field, field);
          r.first(amount, field);
          amount = session(r);
        }
        case "rest" -> {
          kind = oneAmount(r, kind, field, field);
          r.first(amount, field);
          if (!r.bool(field)) {
            throw r.invalid(field, "expected true (a rest day)");
          }
          amount = new Amount.Rest();
        }
        default -> r.unknown("", field, FIELDS);
      }
    }
    if (kind == null) {
      throw r.invalid(start, "", "expected an amount: one of " + AMOUNTS);
    }
    if (kind.equals(NIGHT)) {
      amount = new Amount.Night(required(r, start, bed, "bed"), required(r, start, wake, "wake"));
    }
    return new Entry(
        required(r, start, id, "id"),
        required(r, start, habit, "habit"),
        required(r, start, date, "date"),
        required(r, start, recordedAt, "recordedAt"),
        amount,
        note);
  }

  private static String oneAmount(LogReader r, String kind, String next, String field) {
    if (kind != null && !kind.equals(next)) {
      throw r.invalid(field, "expected only one amount, but " + kind + " is here too");
    }
    return next;
  }

  private static Amount session(LogReader r) {
    r.object("session");
    int start = r.mark();
    String plan = null;
    Boolean completed = null;
    Integer breaths = null;
    Double seconds = null;
    Double bpm = null;
    Integer calmBefore = null;
    Integer calmAfter = null;
    List<Amount.StepRating> ratings = null;
    while (r.nextField()) {
      String field = r.field();
      switch (field) {
        case "plan" -> plan = r.text(r.first(plan, "session.plan"));
        case "completed" -> completed = r.bool(r.first(completed, "session.completed"));
        case "breaths" -> breaths = breaths(r, r.first(breaths, "session.breaths"));
        case "seconds" -> seconds = r.decimal(r.first(seconds, "session.seconds"), 0, Amount.MOST);
        case "bpm" -> bpm = r.decimal(r.first(bpm, "session.bpm"), 0, Amount.MOST);
        case "calmBefore" -> calmBefore = (int) r.whole(r.first(calmBefore, "session.calmBefore"), 1, CALM_MAX);
        case "calmAfter" -> calmAfter = (int) r.whole(r.first(calmAfter, "session.calmAfter"), 1, CALM_MAX);
        case "ratings" -> ratings = ratings(r, r.first(ratings, "session.ratings"));
        default -> r.unknown("session.", field, SESSION_FIELDS);
      }
    }
    return new Amount.Session(
        required(r, start, plan, "session.plan"),
        required(r, start, completed, "session.completed"),
        required(r, start, breaths, "session.breaths"),
        required(r, start, seconds, "session.seconds"),
        required(r, start, bpm, "session.bpm"),
        calmBefore,
        calmAfter,
        ratings == null ? List.of() : ratings);
  }

  private static List<Amount.StepRating> ratings(LogReader r, String name) {
    r.list(name, "expected a list of {bpm, comfort}");
    List<Amount.StepRating> ratings = new ArrayList<>(5);
    while (r.nextElement()) {
      r.object(name);
      int start = r.mark();
      Double bpm = null;
      Integer comfort = null;
      while (r.nextField()) {
        String field = r.field();
        switch (field) {
          case "bpm" -> bpm = r.decimal(r.first(bpm, name + ".bpm"), 0, Amount.MOST);
          case "comfort" -> comfort = (int) r.whole(r.first(comfort, name + ".comfort"), 1, COMFORT_MAX);
          default -> r.unknown(name + ".", field, RATING_FIELDS);
        }
      }
      ratings.add(
          new Amount.StepRating(required(r, start, bpm, name + ".bpm"), required(r, start, comfort, name + ".comfort")));
    }
    return ratings;
  }

  private static int breaths(LogReader r, String field) {
    return (int) r.whole(field, 0, Amount.MOST);
  }

  private static <T> T required(LogReader r, int start, T value, String field) {
    if (value == null) {
      throw r.missing(start, field);
    }
    return value;
  }

  private static boolean writable(Entry e) {
    return e.id() != null && e.habit() != null && e.date() != null && e.recordedAt() != null
        && LogReader.inRange(e.date()) && LogReader.inRange(e.recordedAt().toLocalDate()) && writable(e.amount());
  }

  private static boolean writable(Amount a) {
    if (a instanceof Amount.Time t) {
      return t.length() != null && inRange(t.length().getSeconds());
    }
    if (a instanceof Amount.Count c) {
      return inRange(c.count());
    }
    if (a instanceof Amount.Night n) {
      return n.bed() != null && n.wake() != null;
    }
    if (a instanceof Amount.Session s) {
      return s.plan() != null && inRange(s.breaths()) && inRange(s.seconds()) && inRange(s.bpm())
          && within(s.calmBefore(), CALM_MAX) && within(s.calmAfter(), CALM_MAX)
          && s.ratings().stream().allMatch(x -> inRange(x.bpm()) && x.comfort() >= 1 && x.comfort() <= COMFORT_MAX);
    }
    return a instanceof Amount.Items || a instanceof Amount.Rest;
  }

  private static boolean within(Integer rating, int max) {
    return rating == null || (rating >= 1 && rating <= max);
  }

  /** Whether the reader takes the number back: from 0 to {@link Amount#MOST}. */
  private static boolean inRange(double v) {
    return v >= 0 && v <= Amount.MOST;
  }

  /**
   * Writes one entry. An entry the reader would refuse (a missing field, a negative or non-finite amount) is
   * a bug in its maker: it is refused here, before the log is touched, so that a write can never leave a log
   * that the next read rejects.
   */
  public static void write(JsonGenerator g, Entry e) throws IOException {
    try {
      write(JsonOut.writer(g), e);
    } catch (UncheckedIOException failed) {
      throw failed.getCause();
    }
  }

  /** Writes one entry to the log's own writer, or any other; refused as {@link #write(JsonGenerator, Entry)} says. */
  public static void write(JsonWriter g, Entry e) {
    if (!writable(e)) {
      throw new IllegalArgumentException("an entry the log cannot hold: " + e);
    }
    g.startObject();
    g.field("id", e.id());
    g.field("habit", e.habit());
    g.field("date", IsoText.format(e.date()));
    g.field("recordedAt", IsoText.format(e.recordedAt()));
    Amount a = e.amount();
    if (a instanceof Amount.Time t) {
      g.field("seconds", t.length().toSeconds());
    } else if (a instanceof Amount.Count c) {
      g.field("count", c.count());
    } else if (a instanceof Amount.Items i) {
      g.startArray("items");
      for (String item : i.items()) {
        g.string(item);
      }
      g.endArray();
    } else if (a instanceof Amount.Night night) {
      g.field("bed", TimeText.format(night.bed()));
      g.field("wake", TimeText.format(night.wake()));
    } else if (a instanceof Amount.Session s) {
      g.startObject("session");
      g.field("plan", s.plan());
      g.field("completed", s.completed());
      g.field("breaths", s.breaths());
      g.field("seconds", s.seconds());
      g.field("bpm", s.bpm());
      if (s.calmBefore() != null) {
        g.field("calmBefore", s.calmBefore());
      }
      if (s.calmAfter() != null) {
        g.field("calmAfter", s.calmAfter());
      }
      if (!s.ratings().isEmpty()) {
        g.startArray("ratings");
        for (Amount.StepRating x : s.ratings()) {
          g.startObject();
          g.field("bpm", x.bpm());
          g.field("comfort", x.comfort());
          g.endObject();
        }
        g.endArray();
      }
      g.endObject();
    } else if (a instanceof Amount.Rest) {
      g.field("rest", true);
    }
    if (e.note() != null) {
      g.field("note", e.note());
    }
    g.endObject();
  }

}
