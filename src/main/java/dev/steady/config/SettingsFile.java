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
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

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

  private static final List<String> FIELDS = List.of("version", "dayStartsAt", "weekStartsOn", "habits", "restDays");

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
    return new Settings(dayStartsAt, weekStartsOn, habits, restDays);
  }

  private static void version(Node n) {
    double v = n.number();
    if (v != VERSION) {
      throw n.invalid("expected " + VERSION + " (the version this steady reads), found " + JsonOut.plain(v));
    }
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
