package dev.steady.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.steady.failure.Failure;
import dev.steady.habit.Entry;
import dev.steady.json.Json;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the log's bytes (see {@link LogFile} for its versions) by mapping the streaming parser's tokens
 * straight to entries: building a tree first costs several times the mapping on a cold start, and a long
 * log is read by every command. Every message names the file, the line and column, and the value's path:
 * {@code log.json:120:15: entries[9].date: expected a date YYYY-MM-DD, found "2026-13-01"}.
 *
 * <p>Unknown fields are errors in a log of a version this steady writes (they are usually typos, and
 * writing the log back would drop them) and are skipped in a newer one. The version may come after the
 * entries, so the first unknown field is kept until the version is known.
 */
final class LogReader {
  /** The log as read: its version and its entries, in the order they were recorded. */
  record Contents(int version, List<Entry> entries) {
    static final Contents EMPTY = new Contents(LogFile.VERSION, List.of());
  }

  private static final long UNKNOWN = -1;
  private static final int QUOTED_LENGTH = 60;
  private static final Set<String> TOP_FIELDS = Set.of("version", "entries");

  private final JsonParser p;
  private final String source;
  private final Map<String, String> names = new HashMap<>();
  private long version = UNKNOWN;
  private Failure firstUnknownField;
  private String listPath = "";
  private int index = -1;

  private LogReader(JsonParser p, String source) {
    this.p = p;
    this.source = source;
  }

  /** Reads a whole log; anything wrong with it is a {@link Failure} with exit code 65. */
  static Contents read(byte[] bytes, String source) {
    try (JsonParser p = Json.parser(bytes)) {
      // The parser's own check costs a set for every object, more than half of all a long log allocates;
      // the fields read here are checked by first() instead, and the others are never read.
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      return new LogReader(p, source).document();
    } catch (JsonProcessingException e) {
      throw Json.syntax(source, e.getLocation(), e.getOriginalMessage());
    } catch (CharConversionException e) {
      throw Failure.invalidData(source + ": not valid UTF-8 text (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw Failure.invalidData(source + ": cannot be read as JSON (" + e.getMessage() + ")");
    }
  }

  private Contents document() throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw Failure.invalidData(source + ":1:1: expected the log, found an empty file");
    }
    Contents contents;
    if (first == JsonToken.START_ARRAY) {
      version = 0;
      contents = new Contents(0, entries(""));
    } else if (first == JsonToken.START_OBJECT) {
      contents = versioned();
    } else {
      throw invalid("", "expected an object with version and entries");
    }
    if (p.nextToken() != null) {
      throw Json.syntax(source, p.currentTokenLocation(), "expected the end of the document");
    }
    return contents;
  }

  private Contents versioned() throws IOException {
    JsonLocation start = p.currentTokenLocation();
    List<Entry> entries = null;
    while (nextField()) {
      String field = p.currentName();
      if (field.equals("version")) {
        first(version == UNKNOWN ? null : version, field);
        long v = whole(field);
        if (v < 1) {
          throw invalid(field, "expected a version of 1 or more, found " + v);
        }
        version = v;
      } else if (field.equals("entries")) {
        entries = entries(first(entries, field));
      } else {
        unknown(fieldName(field), TOP_FIELDS);
      }
    }
    if (version == UNKNOWN) {
      throw missing(start, "version");
    }
    if (entries == null) {
      throw missing(start, "entries");
    }
    if (strict() && firstUnknownField != null) {
      throw firstUnknownField;
    }
    return new Contents((int) Math.min(version, Integer.MAX_VALUE), entries);
  }

  private List<Entry> entries(String path) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw invalid(path, "expected a list");
    }
    listPath = path;
    List<Entry> entries = new ArrayList<>();
    for (index = 0; p.nextToken() != JsonToken.END_ARRAY; index++) {
      entries.add(EntryCodec.read(this));
    }
    index = -1;
    return Collections.unmodifiableList(entries);
  }

  private boolean strict() {
    return version <= LogFile.VERSION;
  }

  JsonParser parser() {
    return p;
  }

  /**
   * Moves to the next field's value, passing over fields whose value is null (a null field is an absent
   * one); false at the end of the object.
   */
  boolean nextField() throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      if (p.nextToken() != JsonToken.VALUE_NULL) {
        return true;
      }
    }
    return false;
  }

  /** Checks that a field has not come before in its object, where a second value would replace the first. */
  String first(Object soFar, String field) {
    if (soFar != null) {
      throw invalid(field, "given twice");
    }
    return field;
  }

  /** Checks that the current value is an object; its fields then follow with {@link #nextField()}. */
  void object(String field) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw invalid(field, "expected an object");
    }
  }

  /** A field this reader does not know: an error now, later (when the version is still unknown) or never. */
  void unknown(String field, Collection<String> known) throws IOException {
    Failure failure = invalid(field, "unknown field (expected one of " + String.join(", ", known) + ")");
    if (version == UNKNOWN) {
      if (firstUnknownField == null) {
        firstUnknownField = failure;
      }
    } else if (strict()) {
      throw failure;
    }
    p.skipChildren();
  }

  String text(String field) throws IOException {
    expectText(field);
    return p.getText();
  }

  private void expectText(String field) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw invalid(field, "expected a string");
    }
  }

  /** Text that repeats across entries (a habit's id): one string for each distinct value. */
  String name(String field) throws IOException {
    String text = text(field);
    String known = names.putIfAbsent(text, text);
    return known == null ? text : known;
  }

  /** A whole number of 0 or more. */
  long count(String field) throws IOException {
    long v = whole(field);
    if (v < 0) {
      throw invalid(field, "expected 0 or more, found " + v);
    }
    return v;
  }

  private long whole(String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw invalid(field, "expected a whole number");
    }
    return p.getLongValue();
  }

  /** A finite number of 0 or more. */
  double amount(String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw invalid(field, "expected a number");
    }
    double v = p.getDoubleValue();
    if (!Double.isFinite(v) || v < 0) {
      throw invalid(field, "expected a finite number of 0 or more, found " + p.getText());
    }
    return v;
  }

  boolean bool(String field) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw invalid(field, "expected true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  List<String> texts(String field) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw invalid(field, "expected a list of strings");
    }
    List<String> texts = new ArrayList<>(4);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      texts.add(text(field));
    }
    return texts;
  }

  LocalDate date(String field) throws IOException {
    expectText(field);
    return found(IsoText.date(chars(), p.getTextOffset(), p.getTextLength()), field, "a date YYYY-MM-DD");
  }

  OffsetDateTime instant(String field) throws IOException {
    expectText(field);
    OffsetDateTime t = IsoText.offsetDateTime(chars(), p.getTextOffset(), p.getTextLength());
    return found(t, field, "a time with offset, such as 2026-11-21T07:05:00+01:00");
  }

  LocalTime timeOfDay(String field) throws IOException {
    expectText(field);
    return found(IsoText.timeOfDay(chars(), p.getTextOffset(), p.getTextLength()), field, "a time HH:MM");
  }

  private char[] chars() throws IOException {
    return p.getTextCharacters();
  }

  private <T> T found(T value, String field, String expected) throws IOException {
    if (value == null) {
      throw invalid(field, "expected " + expected + ", found " + quoted(p.getText()));
    }
    return value;
  }

  /** Text from the log as JSON would write it, cut short, so that a message stays one readable line. */
  static String quoted(String text) {
    StringBuilder q = new StringBuilder("\"");
    text.codePoints().limit(QUOTED_LENGTH).forEach(c -> q.append(escaped(c)));
    boolean cut = text.codePointCount(0, text.length()) > QUOTED_LENGTH;
    return q.append(cut ? "…\"" : "\"").toString();
  }

  private static String escaped(int c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029
          ? String.format("\\u%04x", c)
          : Character.toString(c);
    };
  }

  /** A field's name for a path: as it is when it is a plain word, quoted when it is not. */
  static String fieldName(String name) {
    return name.matches("[A-Za-z0-9_]+") ? name : quoted(name);
  }

  /** A value of the wrong shape, named by file, line, column and path. */
  Failure invalid(String field, String expected) {
    return invalid(p.currentTokenLocation(), field, expected);
  }

  Failure missing(JsonLocation at, String field) {
    return invalid(at, field, "missing (required)");
  }

  Failure invalid(JsonLocation at, String field, String expected) {
    return Failure.invalidData(
        source + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + path(field) + ": " + expected);
  }

  private String path(String field) {
    String entry = index < 0 ? "" : listPath + "[" + index + "]";
    String path = entry.isEmpty() || field.isEmpty() ? entry + field : entry + "." + field;
    return path.isEmpty() ? "(top level)" : path;
  }
}
