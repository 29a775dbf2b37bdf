package dev.steady.config;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.habit.Habit;
import dev.steady.habit.RestDays;
import dev.steady.habit.Settings;
import dev.steady.json.Json;
import dev.steady.json.JsonOut;
import dev.steady.json.Node;
import dev.steady.time.TimeText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import dev.steady.failure.Failure;
import dev.steady.store.AtomicFile;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code config.json}; a missing file means the defaults. Every key is optional and a present
 * {@code habits} list replaces the default habits entirely. A file that does not parse or validate fails with
 * exit 65, naming the file and the line and column, or the field's path.
 */
public final class SettingsFile {
  /** The version of {@code config.json} this program reads and writes. */
  public static final long VERSION = 1;
  /** The largest config.json steady reads (a few kilobytes is a large one); a larger one is refused (65). */
  public static final long MAX_BYTES = 1L << 20;

  private static final List<String> FIELDS =
      List.of("version", "dayStartsAt", "weekStartsOn", "habits", "restDays", PersonalRate.FIELD);

  private SettingsFile() {}

  public static Settings load(Path file) {
    // notExists, not !exists: a file that cannot be looked at is an I/O error, not a reason for defaults
    if (Files.notExists(file)) {
      return Settings.defaults();
    }
    return read(Json.read(file, MAX_BYTES, "the config"));
  }

  /** Reads settings from the bytes of a file named {@code source}. */
  public static Settings parse(byte[] bytes, String source) {
    return read(Json.read(bytes, source));
  }

  private static Settings read(Node root) {
    root.only(FIELDS);
    root.find("version").ifPresent(SettingsFile::version);
    Settings defaults = Settings.defaults();
    LocalTime dayStartsAt = root.find("dayStartsAt").map(Expect::time).orElse(defaults.dayStartsAt());
    DayOfWeek weekStartsOn = root.find("weekStartsOn").map(Expect::dayOfWeek).orElse(defaults.weekStartsOn());
    List<Habit> habits = root.find("habits").map(HabitJson::readAll).orElse(defaults.habits());
    int restDays = root.find("restDays").map(n -> (int) Expect.whole(n, 0, RestDays.WINDOW)).orElse(defaults.restDays());
    Double personalBpm = root.find(PersonalRate.FIELD).map(Expect::bpm).orElse(null);
    return new Settings(dayStartsAt, weekStartsOn, habits, restDays, personalBpm);
  }

  private static void version(Node n) {
    double v = n.number();
    if (v != VERSION) {
      throw n.invalid("expected " + VERSION + " (the version this steady reads), found " + JsonOut.plain(v));
    }
  }

  /**
   * Adds {@code more} habits to {@code config.json}, keeping the rest of the file as it was (its keys, their
   * order and values; the layout becomes two-space indentation). A file without a {@code habits} list had the
   * default habits, so they are written out with the new ones. The new file is checked as {@link #load} reads
   * it, then replaces the old one at once.
   */
  public static void addHabits(Path file, List<Habit> more) {
    Map<String, Object> root = new LinkedHashMap<>();
    if (Files.exists(file)) {
      Object read = Json.read(file, MAX_BYTES, "the config").raw();
      if (!(read instanceof Map)) {
        throw Failure.invalidData(file + ": (top level): expected an object");
      }
      ((Map<?, ?>) read).forEach((k, v) -> root.put((String) k, v));
    } else {
      root.put("version", VERSION);
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonOut.to(out)) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : root.entrySet()) {
        g.writeFieldName(e.getKey());
        if (e.getKey().equals("habits")) {
          habits(g, e.getValue(), List.of(), more);
        } else {
          JsonOut.raw(g, e.getValue());
        }
      }
      if (!root.containsKey("habits")) {
        g.writeFieldName("habits");
        habits(g, List.of(), Settings.DEFAULT_HABITS, more);
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    parse(bytes, file.toString());
    writeNew(file, bytes);
  }

  /**
   * {@code config.json} as it is (every key kept, two-space indented), checked as {@link #load} reads it; the
   * default settings spelled out when there is none.
   */
  public static String asWritten(Path file) {
    if (Files.notExists(file)) {
      return toJson(Settings.defaults());
    }
    return checkedAsItIs(Json.read(file, MAX_BYTES, "the config"));
  }

  /** A config.json document checked as {@link #load} reads it, then written back as it was read. */
  private static String checkedAsItIs(Node root) {
    read(root);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonOut.to(out)) {
      JsonOut.raw(g, root.raw());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes {@code settings} (a config.json document, as an export carries it) as {@code file}, once they are
   * checked as {@link #load} reads them; two-space indented as steady writes JSON.
   */
  public static void restore(Path file, byte[] settings, String source) {
    writeNew(file, (checkedAsItIs(Json.read(settings, source)) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces (or creates) {@code config.json} with {@code bytes} at once, its folder made if need be. */
  private static void writeNew(Path file, byte[] bytes) {
    try {
      Path folder = file.toAbsolutePath().getParent();
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      // through a symbolic link to the file it names, so that the link stays a link
      AtomicFile.replace(Files.exists(file) ? file.toRealPath() : file, bytes);
    } catch (IOException e) {
      throw Failure.io(file + ": cannot write (" + e.getMessage() + ")", e);
    }
  }

  private static void habits(JsonGenerator g, Object present, List<Habit> defaults, List<Habit> more) throws IOException {
    g.writeStartArray();
    if (present instanceof List<?> list) {
      for (Object o : list) {
        JsonOut.raw(g, o);
      }
    }
    for (Habit h : defaults) {
      HabitJson.write(g, h);
    }
    for (Habit h : more) {
      HabitJson.write(g, h);
    }
    g.writeEndArray();
  }

  /** Writes the settings in the form of {@code config.json}, every value spelled out. */
  public static void write(JsonGenerator g, Settings settings) throws IOException {
    g.writeStartObject();
    g.writeNumberField("version", VERSION);
    g.writeStringField("dayStartsAt", TimeText.format(settings.dayStartsAt()));
    g.writeStringField("weekStartsOn", settings.weekStartsOn().name());
    g.writeNumberField("restDays", settings.restDays());
    g.writeArrayFieldStart("habits");
    for (Habit habit : settings.habits()) {
      HabitJson.write(g, habit);
    }
    g.writeEndArray();
    if (settings.personalBpm() != null) {
      g.writeNumberField(PersonalRate.FIELD, settings.personalBpm());
    }
    g.writeEndObject();
  }

  /** The settings as a {@code config.json} document, without a final newline. */
  public static String toJson(Settings settings) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonOut.to(out)) {
      write(g, settings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
