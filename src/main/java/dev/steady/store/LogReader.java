package dev.steady.store;

import dev.steady.failure.Failure;
import dev.steady.habit.Entry;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Reads the log's bytes (see {@link LogFile} for its versions) straight into entries, in one pass over the
 * bytes. Every command reads the whole log on a cold start, and for a ten-year log jackson-core's tokens alone
 * cost more on a cold start than this whole reader; so the log has a reader of its own, held to accept exactly
 * the JSON that jackson-core accepts by {@code LogReaderFuzzTest}. Strings are decoded as strict UTF-8.
 *
 * <p>Every message names the file, the line and column, and for a value of the wrong shape its path: {@code
 * log.json:120:15: entries[9].date: expected a date YYYY-MM-DD, found "2026-13-01"}; the line and column are
 * worked out only when there is something to report.
 *
 * <p>Unknown fields are errors in a log of a version this steady writes (they are usually typos, and writing
 * the log back would drop them) and are skipped in a newer one. The version may come after the entries, so the
 * first unknown field is kept until the version is known.
 */
final class LogReader {
  /** The log as read: its version and its entries, in the order they were recorded. */
  record Contents(int version, List<Entry> entries) {
    static final Contents EMPTY = new Contents(LogFile.VERSION, List.of());
  }

  private static final long UNKNOWN = -1;
  /** The limits of {@code Json}'s parser, so that both accept the same documents. */
  private static final int MAX_DEPTH = 64;
  private static final int MAX_NUMBER_LENGTH = 1000;
  private static final int QUOTED_LENGTH = 60;
  private static final int MAX_HABITS = 64;
  private static final List<String> TOP_FIELDS = List.of("version", "entries");
  /** The names this reader knows, kept as strings once so that reading a field allocates nothing. */
  private static final Known NAMES =
      new Known(
          "id", "habit", "date", "recordedAt", "seconds", "count", "items", "bed", "wake", "session", "note",
          "plan", "completed", "breaths", "bpm", "version", "entries");

  private final byte[] b;
  private final String source;
  private final Known habits = new Known();
  private int at;
  private int valueStart;
  private String field;
  private boolean opened;
  /** Whether the string last passed over by {@link #stringEnd} is plain ASCII with no escapes. */
  private boolean plain;
  private int depth;
  private long version = UNKNOWN;
  private Failure firstUnknownField;
  private String listPath = "";
  private int index = -1;

  private LogReader(byte[] bytes, String source) {
    this.b = bytes;
    this.source = source;
  }

  /** Reads a whole log; anything wrong with it is a {@link Failure} with exit code 65. */
  static Contents read(byte[] bytes, String source) {
    return new LogReader(bytes, source).document();
  }

  private Contents document() {
    if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      at = 3; // a byte-order mark, as some editors write
    }
    skipSpace();
    if (at == b.length) {
      throw Failure.invalidData(source + ":1:1: expected the log, found an empty file");
    }
    valueStart = at;
    Contents contents;
    if (b[at] == '[') {
      version = 0;
      contents = new Contents(0, entries(""));
    } else if (b[at] == '{') {
      contents = versioned();
    } else {
      int start = at;
      skipValue();
      end();
      throw invalid(start, "", "expected an object with version and entries");
    }
    end();
    return contents;
  }

  private void end() {
    skipSpace();
    if (at < b.length) {
      throw syntax(at, "expected the end of the document, found " + found(at));
    }
  }

  private Contents versioned() {
    int start = at;
    List<Entry> entries = null;
    object("");
    while (nextField()) {
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
        unknown("", field, TOP_FIELDS);
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

  private List<Entry> entries(String path) {
    array(path);
    listPath = path;
    List<Entry> entries = new ArrayList<>(b.length / 200 + 1);
    for (index = 0; nextElement(); index++) {
      entries.add(EntryCodec.read(this));
    }
    index = -1;
    return Collections.unmodifiableList(entries);
  }

  private boolean strict() {
    return version <= LogFile.VERSION;
  }

  // ---- structure: objects and lists, as EntryCodec walks them

  /** Where the current value starts, to name it in a message about the whole of it. */
  int mark() {
    return valueStart;
  }

  /** The name of the field whose value comes next. */
  String field() {
    return field;
  }

  /** Opens the object that is the current value; its fields then follow with {@link #nextField()}. */
  void object(String field) {
    open('{', field, "expected an object");
  }

  private void array(String field) {
    open('[', field, "expected a list");
  }

  private void open(char bracket, String field, String expected) {
    if (at >= b.length || b[at] != bracket) {
      skipValue();
      throw invalid(valueStart, field, expected);
    }
    if (++depth > MAX_DEPTH) {
      throw syntax(at, "nested deeper than " + MAX_DEPTH + " objects and lists");
    }
    at++;
    opened = true;
  }

  /**
   * Moves to the next field's value, passing over fields whose value is null (a null field is an absent one);
   * false at the end of the object.
   */
  boolean nextField() {
    while (next('}', "a field name in double quotes")) {
      int nameStart = at;
      if (at >= b.length || b[at] != '"') {
        throw syntax(at, "expected a field name in double quotes, found " + found(at));
      }
      field = name(nameStart, stringEnd(nameStart));
      skipSpace();
      if (at >= b.length || b[at] != ':') {
        throw syntax(at, "expected ':' after the field name, found " + found(at));
      }
      at++;
      skipSpace();
      valueStart = at;
      if (at >= b.length || b[at] != 'n' || !literal("null")) {
        return true;
      }
    }
    return false;
  }

  private boolean nextElement() {
    if (!next(']', "a value")) {
      return false;
    }
    valueStart = at;
    return true;
  }

  /** Past the comma before the next member, or the bracket that closes the container (then false). */
  private boolean next(char close, String member) {
    skipSpace();
    if (at < b.length && b[at] == close) {
      at++;
      depth--;
      opened = false;
      return false;
    }
    if (!opened) {
      if (at >= b.length || b[at] != ',') {
        throw syntax(at, "expected ',' or '" + close + "', found " + found(at));
      }
      at++;
      skipSpace();
    }
    opened = false;
    if (at >= b.length || b[at] == close) {
      throw syntax(at, "expected " + member + ", found " + found(at));
    }
    return true;
  }

  /**
   * A field this reader does not know, at {@code prefix} in the entry: an error now, later (when the version is
   * still unknown) or never. The message is made only when it may be needed: a newer log may have such a
   * field on every entry.
   */
  void unknown(String prefix, String name, Collection<String> known) {
    if (version == UNKNOWN ? firstUnknownField == null : strict()) {
      Failure failure =
          invalid(prefix + fieldName(name), "unknown field (expected one of " + String.join(", ", known) + ")");
      if (version != UNKNOWN) {
        throw failure;
      }
      firstUnknownField = failure;
    }
    skipValue();
  }

  /** Checks that a field has not come before in its object, where a second value would replace the first. */
  String first(Object soFar, String name) {
    if (soFar != null) {
      throw invalid(name, "given twice");
    }
    return name;
  }

  // ---- values

  String text(String name) {
    int end = expectString(name);
    return string(at, end, true);
  }

  /** A habit's id: one string for each distinct id, as a long log repeats a few of them thousands of times. */
  String habit(String name) {
    int end = expectString(name);
    String known = plain ? habits.find(b, at + 1, end) : null;
    if (known != null) {
      at = end + 1;
      return known;
    }
    String h = string(at, end, true);
    if (plain && habits.size() < MAX_HABITS) {
      habits.add(h);
    }
    return h;
  }

  List<String> texts(String name) {
    if (at >= b.length || b[at] != '[') {
      skipValue();
      throw invalid(name, "expected a list of strings");
    }
    array(name);
    List<String> texts = new ArrayList<>(4);
    while (nextElement()) {
      texts.add(text(name));
    }
    return texts;
  }

  LocalDate date(String name) {
    int end = expectString(name);
    LocalDate d;
    if (plain) {
      d = IsoText.date(b, at + 1, end - at - 1);
    } else {
      byte[] text = decoded(end);
      d = IsoText.date(text, 0, text.length);
    }
    return found(d, name, "a date YYYY-MM-DD", end);
  }

  OffsetDateTime instant(String name) {
    int end = expectString(name);
    OffsetDateTime t;
    if (plain) {
      t = IsoText.offsetDateTime(b, at + 1, end - at - 1);
    } else {
      byte[] text = decoded(end);
      t = IsoText.offsetDateTime(text, 0, text.length);
    }
    return found(t, name, "a time with offset, such as 2026-11-21T07:05:00+01:00", end);
  }

  LocalTime timeOfDay(String name) {
    int end = expectString(name);
    LocalTime t;
    if (plain) {
      t = IsoText.timeOfDay(b, at + 1, end - at - 1);
    } else {
      byte[] text = decoded(end);
      t = IsoText.timeOfDay(text, 0, text.length);
    }
    return found(t, name, "a time HH:MM", end);
  }

  /**
   * A string with escapes or beyond ASCII, decoded, as bytes for the date readers: they know only ASCII, and
   * whatever is not ASCII will not be a date.
   */
  private byte[] decoded(int end) {
    return string(at, end, false).getBytes(StandardCharsets.ISO_8859_1);
  }

  private <T> T found(T value, String name, String expected, int end) {
    if (value == null) {
      throw invalid(name, "expected " + expected + ", found " + quoted(string(at, end, false)));
    }
    at = end + 1;
    return value;
  }

  /** A whole number of 0 or more. */
  long count(String name) {
    long v = whole(name);
    if (v < 0) {
      throw invalid(name, "expected 0 or more, found " + v);
    }
    return v;
  }

  /** A number with no fraction or exponent that fits in a long (counted negative, where the range is wider). */
  private long whole(String name) {
    int end = expectNumber(name);
    boolean negative = b[at] == '-';
    long v = 0;
    for (int i = negative ? at + 1 : at; i < end; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9 || v < Long.MIN_VALUE / 10 || v * 10 < Long.MIN_VALUE + digit) {
        throw invalid(name, "expected a whole number");
      }
      v = v * 10 - digit;
    }
    if (!negative && v == Long.MIN_VALUE) {
      throw invalid(name, "expected a whole number");
    }
    at = end;
    return negative ? v : -v;
  }

  /** A finite number of 0 or more. */
  double amount(String name) {
    int end = expectNumber(name);
    double v = NumberText.decimal(b, at, end);
    if (!Double.isFinite(v) || v < 0) {
      throw invalid(name, "expected a finite number of 0 or more, found " + new String(b, at, end - at, StandardCharsets.US_ASCII));
    }
    at = end;
    return v;
  }

  boolean bool(String name) {
    if (literal("true")) {
      return true;
    }
    if (literal("false")) {
      return false;
    }
    skipValue();
    throw invalid(valueStart, name, "expected true or false");
  }

  private int expectString(String name) {
    if (at >= b.length || b[at] != '"') {
      skipValue();
      throw invalid(valueStart, name, "expected a string");
    }
    return stringEnd(at);
  }

  private int expectNumber(String name) {
    int end = at < b.length && (b[at] == '-' || (b[at] >= '0' && b[at] <= '9')) ? numberEnd(at) : -1;
    if (end < 0) {
      skipValue();
      throw invalid(valueStart, name, "expected a number");
    }
    return end;
  }

  // ---- JSON syntax

  private void skipSpace() {
    int i = at;
    while (i < b.length) {
      byte c = b[i];
      if (c > ' ' || (c != ' ' && c != '\n' && c != '\r' && c != '\t')) {
        break;
      }
      i++;
    }
    at = i;
  }

  /** Passes over any one value, checking its syntax: how unknown fields and wrongly shaped values are read. */
  private void skipValue() {
    if (at >= b.length) {
      throw syntax(at, "expected a value, found the end of the file");
    }
    switch (b[at]) {
      case '{' -> {
        open('{', "", "");
        while (nextField()) {
          skipValue();
        }
      }
      case '[' -> {
        open('[', "", "");
        while (nextElement()) {
          skipValue();
        }
      }
      case '"' -> {
        int end = stringEnd(at);
        string(at, end, false);
        at = end + 1;
      }
      case 't', 'f', 'n' -> {
        if (!literal("true") && !literal("false") && !literal("null")) {
          throw syntax(at, "expected a value, found " + found(at));
        }
      }
      default -> {
        if (b[at] != '-' && (b[at] < '0' || b[at] > '9')) {
          throw syntax(at, "expected a value, found " + found(at));
        }
        at = numberEnd(at);
      }
    }
  }

  private boolean literal(String word) {
    int n = word.length();
    if (at + n > b.length) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (b[at + i] != word.charAt(i)) {
        return false;
      }
    }
    if (at + n < b.length && isWordByte(b[at + n])) {
      throw syntax(at, "expected a value, found " + found(at));
    }
    at += n;
    return true;
  }

  private static boolean isWordByte(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c < 0;
  }

  /**
   * The end of the number at {@code start}: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, of at most
   * {@value #MAX_NUMBER_LENGTH} digits.
   */
  private int numberEnd(int start) {
    int i = start < b.length && b[start] == '-' ? start + 1 : start;
    int signs = i - start;
    if (i < b.length && b[i] == '0') {
      i++;
      if (i < b.length && b[i] >= '0' && b[i] <= '9') {
        throw syntax(i, "a number may not begin with 0");
      }
    } else {
      i = digits(i, "a digit");
    }
    if (i < b.length && b[i] == '.') {
      signs++;
      i = digits(i + 1, "a digit after the decimal point");
    }
    if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
      signs++;
      i++;
      if (i < b.length && (b[i] == '+' || b[i] == '-')) {
        signs++;
        i++;
      }
      i = digits(i, "a digit in the exponent");
    }
    if (i < b.length && (isWordByte(b[i]) || b[i] == '.')) {
      throw syntax(i, "expected the end of the number, found " + found(i));
    }
    if (i - start - signs > MAX_NUMBER_LENGTH) {
      throw syntax(start, "a number of more than " + MAX_NUMBER_LENGTH + " digits");
    }
    return i;
  }

  private int digits(int start, String expected) {
    int i = start;
    while (i < b.length && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    if (i == start) {
      throw syntax(i, "expected " + expected + ", found " + found(i));
    }
    return i;
  }

  /**
   * The index of the quote that ends the string whose opening quote is at {@code start}; notes in {@link
   * #plain} whether the string is ASCII with no escapes, text that needs no decoding.
   */
  private int stringEnd(int start) {
    boolean ascii = true;
    int i = start + 1;
    while (i < b.length) {
      byte c = b[i];
      if (c == '"') {
        plain = ascii;
        return i;
      }
      if (c == '\\') {
        ascii = false;
        i++;
      } else if (c < 0x20) {
        if (c >= 0) {
          throw syntax(i, "a control character in a string must be escaped");
        }
        ascii = false;
      }
      i++;
    }
    throw syntax(start, "a string with no closing quote");
  }

  /**
   * The text of the string between the quotes at {@code open} and {@code close}, which {@link #stringEnd} has
   * just found, decoding UTF-8 and escapes; {@code advance} moves past it.
   */
  private String string(int open, int close, boolean advance) {
    int start = open + 1;
    String text =
        plain
            ? new String(b, start, close - start, StandardCharsets.ISO_8859_1)
            : unescape(start, utf8(start, close));
    if (advance) {
      at = close + 1;
    }
    return text;
  }

  private String utf8(int start, int end) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, start, end - start));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw syntax(start, "the text is not valid UTF-8");
    }
  }

  /** The text with its escapes undone; {@code start} is where it begins in the bytes, for messages. */
  private String unescape(int start, String raw) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder text = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char e = raw.charAt(++i);
      switch (e) {
        case '"', '\\', '/' -> text.append(e);
        case 'b' -> text.append('\b');
        case 'f' -> text.append('\f');
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case 'u' -> {
          text.append(hex(start, raw, i + 1));
          i += 4;
        }
        default -> throw syntax(start, "a backslash before " + character(e) + " in a string, which is no escape");
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        // Not text: it has no UTF-8 form, so it could not be written back as it was read.
        throw invalid(start - 1, "", "a string holds half a surrogate pair, \\u" + Integer.toHexString(c));
      }
    }
    return text.toString();
  }

  private char hex(int start, String raw, int from) {
    if (from + 4 > raw.length()) {
      throw syntax(start, "expected four hex digits after \\u in a string");
    }
    int v = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(raw.charAt(i), 16);
      if (digit < 0 || raw.charAt(i) > 'f') {
        throw syntax(start, "expected four hex digits after \\u in a string");
      }
      v = v * 16 + digit;
    }
    return (char) v;
  }

  /** A field's name as one of the known strings when it is one, so that reading a field allocates nothing. */
  private String name(int open, int close) {
    String known = plain ? NAMES.find(b, open + 1, close) : null;
    if (known != null) {
      at = close + 1;
      return known;
    }
    return string(open, close, true);
  }

  // ---- messages

  /** A field's name for a path: as it is when it is a plain word, quoted when it is not. */
  private static String fieldName(String name) {
    return name.matches("[A-Za-z0-9_]+") ? name : quoted(name);
  }

  /** Text from the log as JSON would write it, cut short, so that a message stays one readable line. */
  private static String quoted(String text) {
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

  private static String character(char c) {
    return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
  }

  /** What is at {@code i}, for a syntax message. */
  private String found(int i) {
    if (i >= b.length) {
      return "the end of the file";
    }
    int c = b[i] & 0xff;
    return c >= 0x20 && c < 0x7f ? "'" + (char) c + "'" : String.format("byte 0x%02x", c);
  }

  private Failure syntax(int offset, String message) {
    return Failure.invalidData(source + ":" + where(offset) + ": invalid JSON: " + message);
  }

  /** A value of the wrong shape, the current one, named by file, line, column and path. */
  Failure invalid(String name, String expected) {
    return invalid(valueStart, name, expected);
  }

  Failure missing(int start, String name) {
    return invalid(start, name, "missing (required)");
  }

  Failure invalid(int offset, String name, String expected) {
    return Failure.invalidData(source + ":" + where(offset) + ": " + path(name) + ": " + expected);
  }

  /** The line and column of a byte, counting characters rather than bytes, as editors do. */
  private String where(int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, b.length);
    for (int i = 0; i < end; i++) {
      if (b[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < end; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return line + ":" + column;
  }

  private String path(String name) {
    String entry = index < 0 ? "" : listPath + "[" + index + "]";
    String path = entry.isEmpty() || name.isEmpty() ? entry + name : entry + "." + name;
    return path.isEmpty() ? "(top level)" : path;
  }
}
