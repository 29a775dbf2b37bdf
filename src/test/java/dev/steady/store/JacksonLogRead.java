package dev.steady.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The other way to read the log, kept only to measure the choice (bench/streaks.sh --reader): jackson-core's
 * streaming parser mapped straight into entries, with the same fast date readers as steady's own reader. It
 * checks less than {@link LogReader} does (no paths in messages, no unknown-field rules), which only flatters
 * it.
 */
final class JacksonLogRead {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonParser p;
  private final Map<String, String> names = new HashMap<>();
  private byte[] ascii = new byte[64];

  private JacksonLogRead(JsonParser p) {
    this.p = p;
  }

  static List<Entry> entries(byte[] bytes) throws IOException {
    try (JsonParser p = FACTORY.createParser(bytes)) {
      return new JacksonLogRead(p).document();
    }
  }

  private List<Entry> document() throws IOException {
    List<Entry> entries = List.of();
    expect(p.nextToken(), JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("entries")) {
        expect(value, JsonToken.START_ARRAY);
        entries = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
          entries.add(entry());
        }
      } else {
        p.skipChildren();
      }
    }
    return entries;
  }

  private Entry entry() throws IOException {
    String id = null;
    String habit = null;
    LocalDate date = null;
    OffsetDateTime recordedAt = null;
    String note = null;
    Amount amount = null;
    LocalTime bed = null;
    LocalTime wake = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "habit" -> habit = names.computeIfAbsent(p.getText(), h -> h);
        case "date" -> date = IsoText.date(ascii(), 0, p.getTextLength());
        case "recordedAt" -> recordedAt = IsoText.offsetDateTime(ascii(), 0, p.getTextLength());
        case "note" -> note = p.getText();
        case "seconds" -> amount = new Amount.Time(Duration.ofSeconds(p.getLongValue()));
        case "count" -> amount = new Amount.Count(p.getLongValue());
        case "items" -> {
          List<String> items = new ArrayList<>(4);
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            items.add(names.computeIfAbsent(p.getText(), i -> i));
          }
          amount = new Amount.Items(items);
        }
        case "bed" -> bed = IsoText.timeOfDay(ascii(), 0, p.getTextLength());
        case "wake" -> wake = IsoText.timeOfDay(ascii(), 0, p.getTextLength());
        case "session" -> amount = session();
        default -> p.skipChildren();
      }
    }
    if (bed != null) {
      amount = new Amount.Night(bed, wake);
    }
    return new Entry(id, habit, date, recordedAt, amount, note);
  }

  private Amount session() throws IOException {
    String plan = null;
    boolean completed = false;
    int breaths = 0;
    double seconds = 0;
    double bpm = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "plan" -> plan = p.getText();
        case "completed" -> completed = p.getBooleanValue();
        case "breaths" -> breaths = p.getIntValue();
        case "seconds" -> seconds = p.getDoubleValue();
        case "bpm" -> bpm = p.getDoubleValue();
        default -> p.skipChildren();
      }
    }
    return new Amount.Session(plan, completed, breaths, seconds, bpm);
  }

  /** The current string's characters as bytes, for the date readers, which read ASCII bytes. */
  private byte[] ascii() throws IOException {
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    if (ascii.length < length) {
      ascii = new byte[length];
    }
    for (int i = 0; i < length; i++) {
      ascii[i] = (byte) chars[offset + i];
    }
    return ascii;
  }

  private static void expect(JsonToken found, JsonToken expected) throws IOException {
    if (found != expected) {
      throw new IOException("expected " + expected + ", found " + found);
    }
  }
}
