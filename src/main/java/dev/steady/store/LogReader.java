package dev.steady.store;

import dev.steady.failure.Failure;
import dev.steady.habit.Entry;
import dev.steady.habit.Tombstone;
import dev.steady.json.JsonCursor;
import dev.steady.json.JsonOut;
import dev.steady.json.Known;
import dev.steady.json.Quoted;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Reads the log's bytes (see {@link LogFile} for its versions) straight into entries, in one pass. Every
 * command reads the whole log on a cold start, and for a ten-year log jackson-core's tokens alone cost more
 * then than this whole reader; so the log is read by steady's own parser ({@link JsonCursor}), which maps
 * each value as it passes it, held to accept exactly the JSON that jackson-core accepts by {@code
 * LogReaderFuzzTest}.
 *
 * <p>Every message names the file, the line and column, and for a value of the wrong shape its path: {@code
 * log.json:120:15: entries[9].date: expected a date YYYY-MM-DD, found "2026-13-01"}.
 *
 * <p>A field whose value is null reads as an absent one. Unknown fields are errors in a log of a version this
 * steady writes (they are usually typos, and writing the log back would drop them) and are skipped in a newer
 * one. The version may come after the entries, so the first unknown field is kept until the version is known.
 */
final class LogReader {
  /** The log as read: its version, and its entries (in the order they were recorded) and tombstones. */
  record Contents(int version, LogContents log) {
    static final Contents EMPTY = new Contents(LogFile.VERSION, LogContents.EMPTY);

    List<Entry> entries() {
      return log.entries();
    }
  }

  private static final long UNKNOWN = -1;
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 9999;
  private static final int MAX_HABITS = 64;
  private static final int MAX_ITEMS = 256;
  private static final List<String> TOP_FIELDS = List.of("version", "entries", "deleted");
  private static final List<String> TOMBSTONE_FIELDS = List.of("id", "deletedAt");
  /** The names this reader knows, kept as strings once so that reading a field allocates nothing. */
  private static final Known NAMES =
      new Known(
          "id", "habit", "date", "recordedAt", "seconds", "count", "items", "bed", "wake", "session", "rest", "note",
          "plan", "completed", "breaths", "bpm", "version", "entries", "deleted", "deletedAt", "calmBefore",
          "calmAfter", "ratings", "comfort", "program", "firstDay");

  private final JsonCursor json;
  private final String source;
  private final Known habits = new Known();
  private final Known items = new Known();
  private String field;
  /** The current string's text as ASCII bytes, {@code text[textStart..textStart+textLength)}: see asciiText. */
  private byte[] text;
  private int textStart;
  private int textLength;
  private long version = UNKNOWN;
  private Failure firstUnknownField;
  private String listPath = "";
  private int index = -1;

  /**
   * Another copy of the log, to merge: its version, contents, and the {@code settings} an export carries
   * beside its entries (the bytes of that JSON object), or null.
   */
  record Copy(int version, LogContents log, byte[] settings) {}

  /**
   * Where each entry of a log begins in its bytes, and where the last one ends ({@code end}): for {@link
   * ClosedWeeksCache}, which reads again only the entries it needs and what a later write appended. {@code
   * resumable} when the log is laid out as steady writes it, {@code {"version": 2, "entries": [...], ...}} with
   * at least one entry, so that reading may go on at {@code end} as {@link #tail} does.
   */
  record Layout(int[] starts, int end, boolean resumable) {}

  /** A log and its {@link Layout}. */
  record Laid(Contents contents, Layout layout) {}

  /** The entries that follow {@code end} in a log read before, where each begins, and where the last ends. */
  record Tail(List<Entry> entries, int[] starts, int end) {}

  /** The starts of the entries read so far, when asked for ({@link #readLaid}); else null. */
  private int[] starts;
  private int startCount;
  private int entriesEnd = -1;
  private int fieldsBeforeEntries = -1;

  /** Whether a top-level {@code settings} object may come (in an export); it is kept as bytes, unread. */
  private final boolean copy;
  private byte[] settings;

  private LogReader(byte[] bytes, String source, boolean copy) {
    this.json = new JsonCursor(bytes, source);
    this.source = source;
    this.copy = copy;
  }

  /** Reads a whole log; anything wrong with it is a {@link Failure} with exit code 65. */
  static Contents read(byte[] bytes, String source) {
    return new LogReader(bytes, source, false).document();
  }

  /** Reads a whole log as {@link #read} does, noting where its entries lie. */
  static Laid readLaid(byte[] bytes, String source) {
    LogReader reader = new LogReader(bytes, source, false);
    reader.starts = new int[bytes.length / 180 + 16];
    Contents contents = reader.document();
    boolean resumable = contents.version() == LogFile.VERSION && reader.fieldsBeforeEntries == 1
        && reader.startCount > 0;
    return new Laid(contents, new Layout(Arrays.copyOf(reader.starts, reader.startCount), reader.entriesEnd, resumable));
  }

  /**
   * The entries that begin at {@code offsets} in a log of this version whose bytes are known to be unchanged
   * since it was read whole.
   */
  static List<Entry> entriesAt(byte[] bytes, String source, int[] offsets) {
    LogReader reader = new LogReader(bytes, source, false);
    reader.version = LogFile.VERSION;
    List<Entry> entries = new ArrayList<>(offsets.length);
    for (int offset : offsets) {
      reader.json.resume(offset, 2);
      entries.add(EntryCodec.read(reader));
    }
    return entries;
  }

  /**
   * Reads on from {@code end} in a {@link Layout#resumable} log whose bytes up to there are known to be
   * unchanged: the entries appended since, then the tombstones and the end of the document. Anything else there
   * (a field that came before the entries, say) is a failure; the caller then reads the log whole.
   */
  static Tail tail(byte[] bytes, String source, int end) {
    LogReader reader = new LogReader(bytes, source, false);
    reader.version = LogFile.VERSION;
    reader.starts = new int[16];
    return reader.rest(end);
  }

  private Tail rest(int end) {
    json.resume(end, 2);
    entriesEnd = end;
    listPath = "entries";
    List<Entry> more = new ArrayList<>();
    for (index = 0; json.nextElement(); index++) {
      more.add(entry());
    }
    index = -1;
    boolean deleted = false;
    while (nextField()) {
      if (!field.equals("deleted") || deleted) {
        throw invalid("", "not the layout the cache knows");
      }
      tombstones(field);
      deleted = true;
    }
    json.end();
    return new Tail(more, Arrays.copyOf(starts, startCount), entriesEnd);
  }

  /** Reads the entry that is the current value, noting where it begins and ends when asked to. */
  private Entry entry() {
    if (starts == null) {
      return EntryCodec.read(this);
    }
    if (startCount == starts.length) {
      starts = Arrays.copyOf(starts, 2 * startCount);
    }
    starts[startCount++] = json.valueStart();
    Entry e = EntryCodec.read(this);
    entriesEnd = json.position();
    return e;
  }

  /** Reads a copy of the log or an export (a log with its settings); as {@link #read} otherwise. */
  static Copy readCopy(byte[] bytes, String source) {
    LogReader reader = new LogReader(bytes, source, true);
    Contents contents = reader.document();
    return new Copy(contents.version(), contents.log(), reader.settings);
  }

  private Contents document() {
    if (!json.start()) {
      throw Failure.invalidData(source + ":1:1: expected the log, found an empty file");
    }
    Contents contents;
    if (json.startsWith('[')) {
      version = 0;
      contents = new Contents(0, new LogContents(entries(""), List.of()));
    } else if (json.startsWith('{')) {
      contents = versioned();
    } else {
      int start = json.valueStart();
      json.skipValue();
      json.end();
      throw invalid(start, "", "expected an object with version and entries");
    }
    json.end();
    return contents;
  }

  private Contents versioned() {
    int start = json.valueStart();
    List<Entry> entries = null;
    List<Tombstone> deleted = null;
    object("");
    int fields = 0;
    while (nextField()) {
      fields++;
      if (field.equals("version")) {
        first(version == UNKNOWN ? null : version, field);
        version = whole(field, 1, Long.MAX_VALUE);
      } else if (field.equals("entries")) {
        fieldsBeforeEntries = version == UNKNOWN ? -1 : fields - 1; // 1: the version alone came first
        entries = entries(first(entries, field));
      } else if (field.equals("deleted")) {
        deleted = tombstones(first(deleted, field));
      } else if (copy && field.equals("settings")) {
        first(settings, field);
        int from = json.valueStart();
        json.skipValue();
        settings = Arrays.copyOfRange(json.bytes(), from, json.position());
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
    return new Contents(
        (int) Math.min(version, Integer.MAX_VALUE), new LogContents(entries, deleted == null ? List.of() : deleted));
  }

  private List<Entry> entries(String path) {
    container('[', path, "expected a list");
    listPath = path;
    List<Entry> entries = new ArrayList<>(json.bytes().length / 200 + 1);
    for (index = 0; json.nextElement(); index++) {
      entries.add(entry());
    }
    index = -1;
    return Collections.unmodifiableList(entries);
  }

  /** The {@code deleted} list: {@code {"id", "deletedAt"}} for each entry deleted. */
  private List<Tombstone> tombstones(String path) {
    container('[', path, "expected a list");
    listPath = path;
    List<Tombstone> tombstones = new ArrayList<>();
    for (index = 0; json.nextElement(); index++) {
      object("");
      int start = mark();
      String id = null;
      OffsetDateTime deletedAt = null;
      while (nextField()) {
        switch (field) {
          case "id" -> id = text(first(id, field));
          case "deletedAt" -> deletedAt = instant(first(deletedAt, field));
          default -> unknown("", field, TOMBSTONE_FIELDS);
        }
      }
      if (id == null) {
        throw missing(start, "id");
      }
      if (deletedAt == null) {
        throw missing(start, "deletedAt");
      }
      tombstones.add(new Tombstone(id, deletedAt));
    }
    index = -1;
    return tombstones;
  }

  private boolean strict() {
    return version <= LogFile.VERSION;
  }

  // ---- objects, as EntryCodec walks them

  /** Where the current value starts, to name it in a message about the whole of it. */
  int mark() {
    return json.valueStart();
  }

  /** The name of the field whose value comes next. */
  String field() {
    return field;
  }

  /** Opens the object that is the current value; its fields then follow with {@link #nextField()}. */
  void object(String name) {
    container('{', name, "expected an object");
  }

  private void container(char bracket, String name, String expected) {
    if (!json.startsWith(bracket)) {
      json.skipValue();
      throw invalid(name, expected);
    }
    json.enter();
  }

  /** Moves to the next field's value, passing over fields whose value is null; false at the end of the object. */
  boolean nextField() {
    while ((field = json.nextName(NAMES)) != null) {
      if (!json.literal("null")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A field this reader does not know, at {@code prefix} in the entry: an error now, later (when the version is
   * still unknown) or never. The message is made only when it may be needed: a newer log may have such a
   * field on every entry.
   */
  void unknown(String prefix, String name, Collection<String> known) {
    if (version == UNKNOWN ? firstUnknownField == null : strict()) {
      Failure failure =
          invalid(prefix + Quoted.fieldName(name), "unknown field (expected one of " + String.join(", ", known) + ")");
      if (version != UNKNOWN) {
        throw failure;
      }
      firstUnknownField = failure;
    }
    json.skipValue();
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
    expectString(name);
    return json.text();
  }

  /** A habit's id: one string for each distinct id, as a long log repeats a few of them thousands of times. */
  String habit(String name) {
    return repeated(name, habits, MAX_HABITS);
  }

  /** The current string, as one of {@code known} when it is plain text, which it then joins while there is room. */
  private String repeated(String name, Known known, int room) {
    expectString(name);
    int open = json.position();
    int close = json.stringEnd();
    String found = json.plain() ? known.find(json.bytes(), open + 1, close) : null;
    if (found != null) {
      json.moveTo(close + 1);
      return found;
    }
    String s = json.text();
    if (json.plain() && known.size() < room) {
      known.add(s);
    }
    return s;
  }

  /** Opens the list that is the current value; its elements follow with {@link #nextElement()}. */
  void list(String name, String expected) {
    container('[', name, expected);
  }

  boolean nextElement() {
    return json.nextElement();
  }

  List<String> texts(String name) {
    container('[', name, "expected a list of strings");
    List<String> texts = new ArrayList<>(4);
    while (json.nextElement()) {
      // items repeat (the same plants week after week): one string each spares the habits hashing them again
      texts.add(repeated(name, items, MAX_ITEMS));
    }
    return texts;
  }

  LocalDate date(String name) {
    int close = asciiText(name);
    return inRange(found(IsoText.date(text, textStart, textLength), name, "a date YYYY-MM-DD", close), name);
  }

  OffsetDateTime instant(String name) {
    int close = asciiText(name);
    OffsetDateTime t = IsoText.offsetDateTime(text, textStart, textLength);
    found(t, name, "a time with offset, such as 2026-11-21T07:05:00+01:00", close);
    inRange(t.toLocalDate(), name);
    return t;
  }

  private LocalDate inRange(LocalDate date, String name) {
    if (!inRange(date)) {
      throw invalid(name, "expected a year from " + FIRST_YEAR + " to " + LAST_YEAR + ", found " + date.getYear());
    }
    return date;
  }

  /**
   * Whether a log may hold the date: a year of four digits from 1900, so that a walk over the days from the
   * first entry to today stays short and no date arithmetic can leave java.time's range.
   */
  static boolean inRange(LocalDate date) {
    return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
  }

  LocalTime timeOfDay(String name) {
    int close = asciiText(name);
    return found(IsoText.timeOfDay(text, textStart, textLength), name, "a time HH:MM", close);
  }

  /**
   * Finds the string that is the current value and sets {@link #text} to its characters as bytes for the date
   * readers, which know only ASCII: the log's own bytes when the string is plain, else the decoded text (and
   * what is not ASCII there will not be a date). Returns the index of its closing quote.
   */
  private int asciiText(String name) {
    expectString(name);
    int close = json.stringEnd();
    if (json.plain()) {
      text = json.bytes();
      textStart = json.position() + 1;
      textLength = close - textStart;
    } else {
      text = json.string(close).getBytes(StandardCharsets.ISO_8859_1);
      textStart = 0;
      textLength = text.length;
    }
    return close;
  }

  private <T> T found(T value, String name, String expected, int close) {
    if (value == null) {
      throw invalid(name, "expected " + expected + ", found " + Quoted.json(json.string(close)));
    }
    json.moveTo(close + 1);
    return value;
  }

  /** A whole number from {@code least} to {@code most}; anything else is invalid, naming the field and the range. */
  long whole(String name, long least, long most) {
    int end = expectNumber(name);
    int start = json.position();
    if (json.isWhole(end)) {
      long v = json.whole(end);
      if (v >= least && v <= most) {
        return v;
      }
      json.moveTo(start);
    }
    throw invalid(name, "expected a whole number from " + least + " to " + most + ", found " + number(end));
  }

  /** A number from {@code least} to {@code most}; anything else is invalid, naming the field and the range. */
  double decimal(String name, double least, double most) {
    int end = expectNumber(name);
    int start = json.position();
    double v = json.decimal(end);
    if (v >= least && v <= most) {
      return v;
    }
    json.moveTo(start);
    throw invalid(name, "expected a number from " + JsonOut.plain(least) + " to " + JsonOut.plain(most) + ", found " + number(end));
  }

  /** A breathing rate: 0 (no breath completed) or from {@code least} to {@code most}. */
  double rate(String name, double least, double most) {
    int end = expectNumber(name);
    int start = json.position();
    double v = json.decimal(end);
    if (v == 0 || (v >= least && v <= most)) {
      return v;
    }
    json.moveTo(start);
    throw invalid(name, "expected 0 or a number from " + JsonOut.plain(least) + " to " + JsonOut.plain(most) + ", found " + number(end));
  }

  /** The text of the current number, which ends at {@code end}, cut short for a message. */
  private String number(int end) {
    String text = json.numberText(end);
    return text.length() <= 30 ? text : text.substring(0, 29) + "…";
  }

  boolean bool(String name) {
    if (json.literal("true")) {
      return true;
    }
    if (json.literal("false")) {
      return false;
    }
    json.skipValue();
    throw invalid(name, "expected true or false");
  }

  private void expectString(String name) {
    if (!json.startsWith('"')) {
      json.skipValue();
      throw invalid(name, "expected a string");
    }
  }

  private int expectNumber(String name) {
    if (!json.startsNumber()) {
      json.skipValue();
      throw invalid(name, "expected a number");
    }
    return json.numberEnd();
  }

  // ---- messages

  /** A value of the wrong shape, the current one, named by file, line, column and path. */
  Failure invalid(String name, String expected) {
    return invalid(json.valueStart(), name, expected);
  }

  Failure missing(int start, String name) {
    return invalid(start, name, "missing (required)");
  }

  Failure invalid(int offset, String name, String expected) {
    return Failure.invalidData(source + ":" + json.where(offset) + ": " + path(name) + ": " + expected);
  }

  private String path(String name) {
    String entry = index < 0 ? "" : listPath + "[" + index + "]";
    String path = entry.isEmpty() || name.isEmpty() ? entry + name : entry + "." + name;
    return path.isEmpty() ? "(top level)" : path;
  }
}
