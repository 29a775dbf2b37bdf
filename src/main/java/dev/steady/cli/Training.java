package dev.steady.cli;

import dev.steady.breath.TimeSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the common commands once at package time, in a throw-away home and on a clock that never waits, so
 * that the class-data archive made from this run holds the classes every later start needs.
 */
public final class Training {
  private Training() {}

  private static final List<List<String>> RUNS =
      List.of(
          List.of("--help"),
          List.of("--version"),
          List.of("plans"),
          List.of("plans", "--json"),
          List.of("plans", "show", "glide"),
          List.of("breathe", "quick", "--plain"),
          List.of("breathe", "box", "--json", "--duration", "20s"),
          List.of("log", "move", "25m"),
          List.of("log", "sleep", "23:10", "06:55", "--date", "yesterday"),
          List.of("log", "diet", "plants", "kale", "oats"),
          List.of("log", "fermented"),
          List.of("streaks"),
          List.of("streaks", "--json"),
          List.of("due"),
          List.of("due", "--json"),
          List.of("remind"),
          List.of("history", "--json"),
          List.of("undo"),
          List.of("config"),
          List.of("breathe", "--bpm", "99"),
          List.of("nonsense"));

  public static void main(String[] args) throws IOException {
    Path home = Files.createTempDirectory("steady-training");
    try {
      Context context = new Context(Map.of(), Clock.systemDefaultZone(), new InstantTime(), false);
      PrintWriter sink = new PrintWriter(Writer.nullWriter());
      for (List<String> run : RUNS) {
        String[] argv = Stream.concat(run.stream(), Stream.of("--home", home.toString())).toArray(String[]::new);
        if (run.get(0).startsWith("--")) {
          argv = run.toArray(String[]::new);
        }
        Main.run(argv, context, sink, sink);
      }
    } finally {
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** A monotonic clock on which every wait is over at once. */
  private static final class InstantTime implements TimeSource {
    private long now;

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void waitUntil(long deadline) {
      now = Math.max(now, deadline);
    }
  }
}
