package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.breath.TimeSource;
import dev.steady.habit.Entry;
import dev.steady.store.LogFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick commands' plain forms are read by hand (QuickForms) so that cron's runs skip picocli's model; every
 * such form must give exactly what picocli gives: stdout, stderr, exit code and the entries written. HOME in a
 * form stands for the home folder (otherwise STEADY_HOME names it).
 */
@DisplayName("QuickForms: the quick commands' plain forms, read by hand, run exactly as through picocli")
class QuickFormsTest {
  /** Forms QuickForms reads itself. */
  static final List<String> QUICK =
      List.of(
          "due", "due --json", "due -q", "due --quiet", "due --json -q", "due -q --json", "due --home HOME",
          "due --home=HOME --json",
          "remind", "remind --json", "remind --home HOME", "remind --json --home=HOME",
          "streaks", "streaks --json", "streaks --days 7", "streaks --days=3 --json", "streaks --home HOME --days 1",
          "streaks --days 366", "streaks --days 0", "streaks --days 367", "streaks --days 000000007",
          "log move 25m", "log move 1h10m --at 07:30", "log move 25m --date yesterday", "log --date yesterday move 25m",
          "log move 25m --date 2026-11-16 --at 06:00", "log move 25m --note walked", "log move 25x",
          "log move 25m --date 2099-01-01", "log move 25m --at 25:00", "log move 25m --at 23:59",
          "log sleep 23:10 06:55", "log sleep 23:10 06:55 --date yesterday", "log sleep 23:10 06:55 --at 07:00",
          "log sleep 25:00 06:55", "log --home HOME sleep 23:10 06:55",
          "log diet plants kale oats", "log diet plants kale,lentils", "log diet fermented", "log diet omega3",
          "log diet plants", "log diet breathe", "log diet nonsense",
          "log plants kale", "log plants Kale KALE", "log fermented", "log fermented 2", "log fermented x",
          "log breathe 5m", "log sleep23 23:00", "log nonsense", "log omega3 --date yesterday --note fish",
          "log plants caf\u00e9 --note cr\u00e8me_br\u00fbl\u00e9e", "log move 25m --home=HOME");

  /** Forms QuickForms leaves to picocli: help, version, errors of parsing and everything else. */
  static final List<String> DECLINED =
      List.of(
          "", "--version", "--help", "history", "due --help", "due -h", "due -V", "due --nope", "due now",
          "due --json --json", "due -q --quiet", "due --home", "due --home=", "due --json=true", "due -qh",
          "due @args", "due --home @args", "due --home --json", "due --", "remind --help", "remind -q",
          "streaks --days x", "streaks --days -1", "streaks --days", "streaks --days 1234567890", "streaks --days 0x10",
          "streaks extra", "log", "log --help", "log move --help", "log move", "log move 25m 30m",
          "log sleep 23:10", "log sleep 23:10 06:55 07:00", "log diet", "log plants -- kale sleep",
          "log plants kale sleep", "log plants kale move", "log --note -x move 25m", "log move 25m --date",
          "log move 25m --at 07:30 --at 07:40", "log move 25m --home A --home B", "log move -5m", "log plants ''");

  @TempDir Path dir;

  static Stream<Arguments> formsAndLogs() {
    return Stream.of("empty", "some", "everything met")
        .flatMap(state -> QUICK.stream().map(form -> Arguments.of(form, state)));
  }

  @ParameterizedTest(name = "[{1}] steady {0}")
  @MethodSource("formsAndLogs")
  void a_plain_form_runs_as_through_picocli(String form, String state) throws IOException {
    Path template = dir.resolve("template");
    Files.createDirectories(template);
    prepare(template, state);
    Path quickHome = copy(template, dir.resolve("quick"));
    Path picocliHome = copy(template, dir.resolve("picocli"));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    OptionalInt code =
        QuickForms.run(args(form, quickHome), context(quickHome, form), new PrintWriter(out, true), new PrintWriter(err, true));
    CommandRun quick = new CommandRun(code.orElse(-1), out.toString(), err.toString());
    CommandRun picocli = throughPicocli(args(form, picocliHome), context(picocliHome, form));

    assertThat(code).as("read by hand").isPresent();
    assertThat(quick.out()).isEqualTo(picocli.out().replace(picocliHome.toString(), quickHome.toString()));
    assertThat(quick.err()).isEqualTo(picocli.err().replace(picocliHome.toString(), quickHome.toString()));
    assertThat(quick.code()).isEqualTo(picocli.code());
    assertThat(withoutIds(quickHome)).isEqualTo(withoutIds(picocliHome));
  }

  @ParameterizedTest(name = "steady {0}")
  @MethodSource("declined")
  void everything_else_is_left_to_picocli(String form) {
    Path home = dir.resolve("home");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(QuickForms.run(args(form, home), context(home, form), new PrintWriter(out), new PrintWriter(err))).isEmpty();
    assertThat(out.toString() + err).isEmpty();
    assertThat(home).doesNotExist();
  }

  static Stream<String> declined() {
    return DECLINED.stream();
  }

  @Test
  void main_runs_a_plain_form_by_hand_and_the_rest_through_picocli() {
    Path home = dir.resolve("home");
    CommandRun due = CommandRun.of(context(home, "due"), "due", "--json");
    assertThat(due.code()).isEqualTo(0);
    assertThat(due.out()).startsWith("{");
    CommandRun help = CommandRun.of(context(home, "due"), "due", "--help");
    assertThat(help.code()).isEqualTo(0);
    assertThat(help.out()).startsWith("Usage: steady due");
  }

  /** Friday 2026-11-20 at noon, as in the other command tests. */
  private static Context context(Path home, String form) {
    LocalDateTime now = LocalDateTime.parse("2026-11-20T12:00");
    Clock clock = Clock.fixed(now.atZone(Steady.ZONE).toInstant(), Steady.ZONE);
    // with --home in the form, STEADY_HOME names a folder that must stay untouched
    Path steadyHome = form.contains("HOME") ? home.resolve("not-here") : home;
    return new Context(Map.of("STEADY_HOME", steadyHome.toString()), clock, TimeSource.SYSTEM, false);
  }

  private static String[] args(String form, Path home) {
    if (form.isEmpty()) {
      return new String[0];
    }
    return Stream.of(form.split(" "))
        .map(arg -> arg.replace("HOME", home.toString()).replace("''", "").replace('_', ' '))
        .toArray(String[]::new);
  }

  private static CommandRun throughPicocli(String[] args, Context context) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.throughPicocli(args, context, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CommandRun(code, out.toString(), err.toString());
  }

  private static void prepare(Path home, String state) {
    Steady steady = new Steady(home, "2026-11-20T12:00");
    switch (state) {
      case "empty" -> {}
      case "some" -> {
        steady.run("log", "move", "25m", "--date", "2026-11-18");
        steady.run("log", "diet", "plants", "kale", "oats", "--date", "yesterday");
        steady.run("log", "sleep", "23:30", "07:10");
      }
      case "everything met" -> DueCommandTest.meetEverything(steady);
      default -> throw new IllegalArgumentException(state);
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
    return to;
  }

  /** The log's entries without their ids, which are drawn at random. */
  private static List<List<Object>> withoutIds(Path home) {
    Path log = home.resolve("log.json");
    if (!Files.exists(log)) {
      return List.of();
    }
    return new LogFile(log).entries().stream()
        .map((Entry e) -> List.<Object>of(e.habit(), e.date(), e.recordedAt(), e.amount(), String.valueOf(e.note())))
        .toList();
  }
}
