package dev.steady.cli;

import dev.steady.breath.TimeSource;
import dev.steady.breath.VirtualTime;
import dev.steady.habit.Entry;
import dev.steady.store.LogFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The program as a test drives it: through picocli, in a temporary home (STEADY_HOME), on a fixed clock in a
 * named zone that the test moves by hand, and not at a terminal unless asked.
 */
final class Steady {
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  final Path home;
  private final Map<String, String> env = new HashMap<>();
  private LocalDateTime now;
  private boolean terminal;
  private Context.Input input = Context.Input.NONE;
  private TimeSource time = TimeSource.SYSTEM;

  /** @param now the local time in {@link #ZONE}; 2026-11-20 is a Friday */
  Steady(Path home, String now) {
    this.home = home;
    env.put("STEADY_HOME", home.toString());
    at(now);
  }

  Steady at(String localDateTime) {
    now = LocalDateTime.parse(localDateTime);
    return this;
  }

  Steady atTerminal() {
    terminal = true;
    return this;
  }

  /** Sessions take no real time: the monotonic clock is virtual. */
  Steady inVirtualTime() {
    time = VirtualTime.exact(0);
    return this;
  }

  /** The next runs read these lines on stdin (as from a pipe). */
  Steady typing(String lines) {
    input = Context.Input.typed(lines);
    return this;
  }

  Steady env(String name, String value) {
    env.put(name, value);
    return this;
  }

  CommandRun run(String... args) {
    Clock clock = Clock.fixed(now.atZone(ZONE).toInstant(), ZONE);
    return CommandRun.of(new Context(Map.copyOf(env), clock, time, terminal, input), args);
  }

  Path logFile() {
    return home.resolve("log.json");
  }

  List<Entry> entries() {
    return new LogFile(logFile()).entries();
  }

  void writeLog(String text) {
    write("log.json", text);
  }

  void writeConfig(String text) {
    write("config.json", text);
  }

  private void write(String name, String text) {
    try {
      Files.writeString(home.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
