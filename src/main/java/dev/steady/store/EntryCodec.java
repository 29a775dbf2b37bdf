package dev.steady.store;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.json.JsonFields;
import dev.steady.json.JsonOut;
import dev.steady.json.JsonWriter;
import dev.steady.json.Quoted;
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
 * {@code [{"bpm", "comfort"}]} with comfort 1 to 5), {@code rest} ({@code true}), or {@code program}
 * ({@code "start"} with its {@code firstDay}, or {@code "stop"}: the seven-day programme); {@code note} is
 * optional. An entry with two amounts, or a field given twice, is an error rather than read as one of them,
 * because writing the log back would silently drop the other.
 */
public final class EntryCodec {
  private static final List<String> FIELDS =
      List.of("id", "habit", "date", "recordedAt", "seconds", "count", "items", "bed", "wake", "session", "rest", "program", "firstDay", "note");
  private static final List<String> SESSION_FIELDS =
      List.of("plan", "completed", "breaths", "seconds", "bpm", "calmBefore", "calmAfter", "ratings");
  private static final List<String> RATING_FIELDS = List.of("bpm", "comfort");
  private static final String AMOUNTS = "seconds, count, items, bed and wake, session, rest, or program";
  private static final String NIGHT = "bed and wake";
  private static final String PROGRAMME = "program";

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
    Amount.Programme.Step step = null;
    LocalDate firstDay = null;
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
          amount = new Amount.Time(Duration.ofSeconds(r.whole(r.first(amount, field), 0, Amount.Time.MOST_SECONDS)));
        }
        case "count" -> {
          kind = oneAmount(r, kind, field, field);
          amount = new Amount.Count(r.whole(r.first(amount, field), 0, Amount.Count.MOST));
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
        case "program" -> {
          kind = oneAmount(r, kind, PROGRAMME, field);
          step = step(r, r.first(step, field));
        }
        case "firstDay" -> {
          kind = oneAmount(r, kind, PROGRAMME, field);
          firstDay = r.date(r.first(firstDay, field));
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
    if (kind.equals(PROGRAMME)) {
      amount = programme(r, start, required(r, start, step, "program"), firstDay);
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

  private static Amount.Programme.Step step(LogReader r, String field) {
    int at = r.mark();
    String word = r.text(field);
    for (Amount.Programme.Step step : Amount.Programme.Step.values()) {
      if (step.word().equals(word)) {
        return step;
      }
    }
    throw r.invalid(at, field, "expected start or stop, found " + Quoted.json(word));
  }

  /** A start names its first day and a stop none, so that the log never holds a programme without a day 1. */
  private static Amount programme(LogReader r, int start, Amount.Programme.Step step, LocalDate firstDay) {
    if (step == Amount.Programme.Step.START) {
      return Amount.Programme.start(required(r, start, firstDay, "firstDay"));
    }
    if (firstDay != null) {
      throw r.invalid(start, "firstDay", "a programme's stop has no first day");
    }
    return Amount.Programme.stop();
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
        case "seconds" -> seconds = r.decimal(r.first(seconds, "session.seconds"), 0, Amount.Session.MOST_SECONDS);
        case "bpm" -> bpm = r.rate(r.first(bpm, "session.bpm"), Amount.Session.MIN_BPM, Amount.Session.MAX_BPM);
        case "calmBefore" -> calmBefore = (int) r.whole(r.first(calmBefore, "session.calmBefore"), 1, Amount.Session.CALM_MAX);
        case "calmAfter" -> calmAfter = (int) r.whole(r.first(calmAfter, "session.calmAfter"), 1, Amount.Session.CALM_MAX);
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
          case "bpm" -> bpm = r.decimal(r.first(bpm, name + ".bpm"), Amount.Session.MIN_BPM, Amount.Session.MAX_BPM);
          case "comfort" -> comfort = (int) r.whole(r.first(comfort, name + ".comfort"), 1, Amount.StepRating.COMFORT_MAX);
          default -> r.unknown(name + ".", field, RATING_FIELDS);
        }
      }
      ratings.add(
          new Amount.StepRating(required(r, start, bpm, name + ".bpm"), required(r, start, comfort, name + ".comfort")));
    }
    return ratings;
  }

  private static int breaths(LogReader r, String field) {
    return (int) r.whole(field, 0, Amount.Session.MOST_BREATHS);
  }

  private static <T> T required(LogReader r, int start, T value, String field) {
    if (value == null) {
      throw r.missing(start, field);
    }
    return value;
  }

  private static boolean writable(Entry e) {
    return e.id() != null && e.habit() != null && e.date() != null && e.recordedAt() != null
        && LogReader.inRange(e.date()) && LogReader.inRange(e.recordedAt().toLocalDate()) && e.amount().storable();
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
    e.amount().write(JsonFields.exact(g));
    if (e.note() != null) {
      g.field("note", e.note());
    }
    g.endObject();
  }

}
