package dev.steady.build;

import dev.steady.breath.TimeSource;
import dev.steady.cli.Context;
import dev.steady.cli.Main;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.store.LogContents;
import dev.steady.store.LogFile;
import dev.steady.time.SystemClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run behind the class-data archive, a build-time helper: {@code bin/steady} runs it once under
 * {@code -XX:ArchiveClassesAtExit} (at package time, and again whenever the archive no longer fits the Java it
 * runs), so that the archive holds the classes every later start needs. It runs the common commands, both the
 * quick forms and picocli's help and errors, in a throw-away home and on a clock that never waits.
 */
public final class Training {
  /** A command line of the training and the exit code it must end with. */
  record Run(int code, List<String> args) {
    Run(int code, String... args) {
      this(code, List.of(args));
    }
  }

  /**
   * The runs, in order (later ones read what earlier ones logged). Each must end as expected: a run that fails
   * for another reason would fill the archive with the classes of an error instead.
   */
  static final List<Run> RUNS =
      List.of(
          new Run(0, "--help"),
          new Run(0, "--version"),
          new Run(0, "plans"),
          new Run(0, "plans", "--json"),
          new Run(0, "plans", "show", "glide"),
          new Run(0, "breathe", "quick", "--plain"),
          new Run(0, "breathe", "box", "--json", "--duration", "20s"),
          new Run(0, "log", "move", "25m"),
          new Run(0, "log", "sleep", "23:10", "06:55", "--date", "yesterday"),
          new Run(0, "log", "diet", "plants", "kale", "oats"),
          new Run(0, "log", "fermented"),
          // an entry older than a week, so that every weekly window slides as it does in a real log
          new Run(0, "log", "diet", "plants", "kale", "--date", LocalDate.now().minusDays(9).toString()),
          new Run(0, "log", "--help"),
          new Run(0, "streaks"),
          new Run(0, "streaks", "--json", "--days", "7"),
          new Run(0, "due"),
          new Run(0, "due", "--json"),
          new Run(0, "due", "--help"),
          new Run(0, "remind"),
          new Run(0, "remind", "--json"),
          new Run(0, "history", "--json"),
          new Run(0, "undo"),
          new Run(0, "config"),
          new Run(2, "breathe", "--bpm", "99"),
          new Run(2, "due", "--nonsense"),
          new Run(2, "nonsense"));

  /**
   * The runs on a one-year log, long enough for the cache of closed weeks: made whole, read warm, the log put in
   * place (the first write stamps it, the second uses the stamp), then read after that append.
   */
  static final List<Run> YEAR_RUNS =
      List.of(
          new Run(0, "streaks"),
          new Run(0, "due"),
          new Run(0, "log", "move", "25m"),
          new Run(0, "log", "fermented"),
          new Run(0, "due"),
          new Run(0, "remind"),
          new Run(0, "streaks", "--json"));

  private static final List<String> PLANTS = List.of("kale", "oats", "lentils", "apple", "rye", "leek", "walnuts");

  private Training() {}

  public static void main(String[] args) throws IOException {
    Path home = Files.createTempDirectory("steady-training");
    try {
      run(home);
    } finally {
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Runs every command line of the training with its files in {@code home}; fails on an unexpected exit code. */
  static void run(Path home) {
    // what every real start builds first (Main.main), though its clock would make the sessions wait
    Context.system();
    Context context = new Context(Map.of("STEADY_HOME", home.toString()), new SystemClock(), new InstantTime(), false);
    runAll(RUNS, context);
    Path year = home.resolve("year");
    writeYear(year.resolve("log.json"), LocalDate.now().minusDays(1));
    runAll(YEAR_RUNS, new Context(Map.of("STEADY_HOME", year.toString()), new SystemClock(), new InstantTime(), false));
  }

  private static void runAll(List<Run> runs, Context context) {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    for (Run run : runs) {
      int code = Main.run(run.args().toArray(String[]::new), context, sink, sink);
      if (code != run.code()) {
        throw new IllegalStateException("training: steady " + String.join(" ", run.args()) + " exited " + code
            + ", not " + run.code());
      }
    }
  }

  /** A year of the default habits up to {@code lastDay}, some seven entries a day, as a year of use leaves it. */
  static void writeYear(Path log, LocalDate lastDay) {
    List<Entry> entries = new ArrayList<>();
    for (LocalDate day = lastDay.minusYears(1).plusDays(1); !day.isAfter(lastDay); day = day.plusDays(1)) {
      int n = (int) day.toEpochDay();
      OffsetDateTime at = day.atTime(21, 0).atOffset(ZoneOffset.UTC);
      String id = "y" + n + "-";
      entries.add(new Entry(id + 1, "breathe", day, at, new Amount.Session("resonance", true, 30, 300, 6), null));
      entries.add(new Entry(id + 2, "sleep", day, at.plusSeconds(1),
          new Amount.Night(LocalTime.of(23, n % 40), LocalTime.of(7, 0)), null));
      entries.add(new Entry(id + 3, "plants", day, at.plusSeconds(2),
          new Amount.Items(List.of(PLANTS.get(n % PLANTS.size()), PLANTS.get((n + 3) % PLANTS.size()))), null));
      entries.add(new Entry(id + 4, "move", day, at.plusSeconds(3),
          new Amount.Time(Duration.ofMinutes(20 + n % 30)), "a walk"));
      entries.add(new Entry(id + 5, "fermented", day, at.plusSeconds(4), new Amount.Count(1), null));
      if (n % 3 == 0) {
        entries.add(new Entry(id + 6, "omega3", day, at.plusSeconds(5), new Amount.Count(1), null));
      }
      entries.add(new Entry(id + 7, "breathe", day, at.plusSeconds(6),
          new Amount.Session("box", true, 20, 240, 4), null));
    }
    new LogFile(log).change(l -> new LogFile.Change<>(new LogContents(entries, List.of()), null));
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
