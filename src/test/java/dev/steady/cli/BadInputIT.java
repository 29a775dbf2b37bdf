package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.steady.store.LogFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind through the real launcher: every command, every kind of option value, and every
 * kind of file (log, config, plan) broken in every way a person, a sync tool or a full disk breaks one. Each
 * case asserts the exit code, exactly one line on stderr that begins {@code steady:} and says what was
 * expected (file:line:column for a JSON syntax error), nothing on stdout, no stack trace, and every file in
 * the home (the log above all) byte for byte as it was.
 *
 * <p>Each case is one JVM start (some 150 ms of CPU), so the cases run side by side: the failsafe
 * configuration enables JUnit's parallel execution, and this class asks for it.
 */
@DisplayName("bin/steady refuses bad input: the exit code, one line saying what was expected, every file as it was")
@Execution(ExecutionMode.CONCURRENT)
class BadInputIT {
  /** A log in a form steady would not write itself, so that any rewrite shows. */
  static final String LOG =
      """
      {"version": 1, "entries": [
        {"id": "mwqyx7bsd9kk", "habit": "move", "date": "2026-11-21", "recordedAt": "2026-11-21T22:17:01+01:00", "seconds": 1500},
        {"id": "mwqyx7qesisz", "habit": "plants", "date": "2026-11-21", "recordedAt": "2026-11-21T22:17:02+01:00", "items": ["kale"], "note": "at lunch"}
      ]}
      """;

  static final String PLAN = "{\"title\": \"Mine\", \"duration\": \"1m\", \"segments\": [{\"bpm\": 6}]}";

  @TempDir static Path homes;
  private static final AtomicInteger NEXT_HOME = new AtomicInteger();

  /** What is in a home before the case runs, besides the good log. */
  interface Fixture {
    void make(Path home) throws IOException;

    Fixture NOTHING_MORE = home -> {};
  }

  record Case(String name, Fixture fixture, List<String> args, int exit, String says) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.addAll(commandsAndOptions());
    cases.addAll(logFiles());
    cases.addAll(configFiles());
    cases.addAll(planFiles());
    return cases.stream();
  }

  /** Usage errors: exit 2, naming the value and what it should have been. */
  static List<Case> commandsAndOptions() {
    return List.of(
        usage("nosuch", "unknown command 'nosuch'; expected one of breathe, plans, log"),
        usage("due --bogus", "unknown option '--bogus'; expected one of --home, --json, --quiet"),
        usage("remind -x", "unknown option '-x'; expected one of --home, --json"),
        usage("streaks --jsn", "unknown option '--jsn'; expected one of --home, --json, --days"),
        usage("history --bogus", "unknown option '--bogus'; expected one of --home, --since, --habit, --json"),
        usage("export --csv --bogus", "unknown option '--bogus'; expected one of --home"),
        usage("config --bogus", "unknown option '--bogus'; expected one of --home"),
        usage("plans --bogus", "unknown option '--bogus'; expected one of --home"),
        usage("undo --bogus", "unknown option '--bogus'; expected one of --home"),
        usage("undo extra", "unexpected argument 'extra'; undo takes no arguments"),
        usage("breathe --bpmm 6", "unknown option '--bpmm'; expected one of --home, --bpm, --ratio, --duration"),
        usage("log move 20m --nope", "unknown option '--nope'; expected one of --home"),
        usage("export", "(--csv | --json)"),
        usage("completion fish", "expected one of [bash, zsh]"),
        usage("log move 20m --note", "Missing required parameter for option '--note'"),
        usage("delete", "Missing required parameter: 'ID'"),
        usage("delete zzzz", "no entry has the id \"zzzz\"; see 'steady history'"),
        usage("delete mwqyx7bsd9kk zzzz", "no entry has the id \"zzzz\""),
        usage("delete mwqyx7", "the id \"mwqyx7\" is ambiguous: 2 entries begin with it (mwqyx7bsd9kk, mwqyx7qesisz); give more of it"),
        usage("edit mwqyx7bsd9kk", "edit what? give a VALUE, --date, --at or --note"),
        usage("cron --bogus", "unknown option '--bogus'; expected one of --home, --install, --uninstall"),
        usage("cron --install --uninstall", "--install and --uninstall cannot go together"),
        usage("cron extra", "unexpected argument 'extra'; cron takes no arguments"),
        // durations
        usage("log move 25x", "move: expected a duration such as 90s, 2m, 2m30s or 1h10m, found \"25x\""),
        usage("log move 0s", "move: expected a duration above zero and at most 24h, found \"0s\""),
        usage("log move 99999h", "move: expected a duration such as 90s"),
        usage("log move", "Missing required parameter: 'DURATION'"),
        usage("edit mwqyx7bsd9kk 25x", "move: expected a duration such as 90s, 2m, 2m30s or 1h10m, found \"25x\""),
        usage("edit mwqyx7bsd9kk 0s", "move: expected a duration above zero"),
        usage("breathe --duration 2x", "expected a duration such as 90s, 2m, 2m30s or 1h10m, found \"2x\""),
        usage("breathe --duration 5s", "--duration: expected between 10s and 60m, found 5s"),
        usage("breathe --duration 61m", "--duration: expected between 10s and 60m"),
        // times of day
        usage("log sleep 25:00 07:00", "sleep: BED: expected a 24-hour time HH:MM"),
        usage("log sleep 23:00 7:60", "WAKE: expected a 24-hour time HH:MM"),
        usage("log sleep 23:00", "Missing required parameter: 'WAKE'"),
        usage("log move 20m --at 24:00", "--at: expected a 24-hour time HH:MM"),
        usage("log move 20m --at 7pm", "--at: expected a 24-hour time HH:MM"),
        usage("edit mwqyx7bsd9kk --at 7pm", "--at: expected a 24-hour time HH:MM"),
        usage("log sleep 23:00 07:00 --at 07:00", "--at: sleep takes no --at"),
        // dates
        usage("log move 20m --date 2026-13-01", "--date: expected a date YYYY-MM-DD, today or yesterday, found \"2026-13-01\""),
        usage("log move 20m --date 2026-02-30", "--date: expected a date YYYY-MM-DD"),
        usage("log move 20m --date tomorrow", "--date: expected a date YYYY-MM-DD"),
        usage("log fermented --date 2999-01-01", "--date: 2999-01-01 is in the future"),
        usage("edit mwqyx7bsd9kk --date 2026-13-01", "--date: expected a date YYYY-MM-DD"),
        usage("edit mwqyx7qesisz --date 2999-01-01", "--date: 2999-01-01 is in the future"),
        usage("log move 20m --date -0001-01-01", "--date: expected a date YYYY-MM-DD, today or yesterday, found \"-0001-01-01\""),
        usage("log move 20m --date +10000-01-01", "--date: expected a date YYYY-MM-DD, today or yesterday, found \"+10000-01-01\""),
        usage("log move 20m --date 1899-12-31", "--date: expected a date from 1900 on"),
        usage("history --since 2026/01/01", "--since: expected a date YYYY-MM-DD"),
        // ratios
        usage("breathe --ratio 0:6", "--ratio: expected a ratio I:E or I:H:E:H"),
        usage("breathe --ratio 4:0", "--ratio: expected a ratio I:E or I:H:E:H"),
        usage("breathe --ratio -4:6", "--ratio: expected a ratio I:E or I:H:E:H"),
        usage("breathe --ratio 4:6:8", "--ratio: expected a ratio I:E or I:H:E:H"),
        usage("breathe --ratio 4:x", "--ratio: expected a ratio I:E or I:H:E:H"),
        // breaths a minute
        usage("breathe --bpm 0 --duration 10s", "--bpm: expected a rate between 2 and 20 breaths a minute, found 0"),
        usage("breathe --bpm 21 --duration 10s", "--bpm: expected a rate between 2 and 20 breaths a minute, found 21"),
        usage("breathe --bpm 1.9 --duration 10s", "--bpm: expected a rate between 2 and 20"),
        usage("breathe --bpm NaN --duration 10s", "expected a plain decimal number such as 6 or 5.5, found \"NaN\""),
        usage("breathe --bpm Infinity --duration 10s", "expected a plain decimal number such as 6 or 5.5, found \"Infinity\""),
        usage("breathe --bpm abc --duration 10s", "expected a plain decimal number such as 6 or 5.5, found \"abc\""),
        usage("breathe --bpm 0x1p3 --duration 10s", "expected a plain decimal number such as 6 or 5.5, found \"0x1p3\""),
        usage("breathe --bpm 6d --duration 10s", "expected a plain decimal number such as 6 or 5.5, found \"6d\""),
        usage("breathe --bpm 6f --duration 10s", "expected a plain decimal number such as 6 or 5.5, found \"6f\""),
        usage("breathe --bpm 1e1 --duration 10s", "expected a plain decimal number such as 6 or 5.5, found \"1e1\""),
        // counts
        usage("log fermented 0", "fermented: expected a count from 1 to 1000000, found \"0\""),
        usage("log fermented 1.5", "fermented: expected a count from 1 to 1000000, found \"1.5\""),
        usage("log fermented 1e3", "fermented: expected a count from 1 to 1000000, found \"1e3\""),
        usage("log fermented 0x2", "fermented: expected a count from 1 to 1000000"),
        usage("log fermented 99999999999999999999", "fermented: expected a count from 1 to 1000000"),
        usage("streaks --days 0", "--days: expected 1 to 366, found 0"),
        usage("streaks --days 367", "--days: expected 1 to 366, found 367"),
        usage("streaks --days 0x10", "expected a whole number such as 28, found \"0x10\""),
        // plan names and paths
        usage("breathe nosuch", "unknown plan \"nosuch\" (available: 4-7-8, box"),
        usage("plans show nosuch", "unknown plan \"nosuch\" (available: 4-7-8, box"),
        usage("breathe /nonexistent/plan.json", "no plan file /nonexistent/plan.json"),
        // habit ids
        usage("log nosuch 1", "unknown habit \"nosuch\"; expected one of breathe, sleep, move"),
        usage("log MOVE 20m", "unknown habit \"MOVE\"; expected one of"),
        usage("log diet nope", "unknown diet step \"nope\"; expected one of plants, fermented, omega3"),
        usage("history --habit nope", "--habit: unknown habit \"nope\"; expected one of"),
        usage("log plants", "plants: expected at least one item"),
        // the seven-day programme
        usage("program bogus", "unknown command 'bogus'; expected one of start, stop"),
        usage("program --restart", "unknown option '--restart'; expected one of --home, --json"),
        usage("program start --bogus", "unknown option '--bogus'; expected one of --home, --restart, --json"),
        usage("program stop extra", "unexpected argument 'extra'; stop takes no arguments"),
        new Case("steady program stop when none runs", Fixture.NOTHING_MORE, List.of("program", "stop"), 3,
            "no programme is running; 'steady program start' begins one"),
        broken("log", log(PROGRAMME), "program start", 3,
            "a programme begins on Tuesday 1 January 2999; 'steady program start --restart' begins again"),
        broken("log", log(PROGRAMME), "edit prog --note x", 2, "the programme's start, day 1 2999-01-01 cannot be edited"));
  }

  /** A log whose programme begins in a far year, so that it is running (about to) whenever the test runs. */
  static final String PROGRAMME =
      "{\"version\": 2, \"entries\": [{\"id\": \"prog\", \"habit\": \"program\", \"date\": \"2026-11-21\","
          + " \"recordedAt\": \"2026-11-21T22:17:01+01:00\", \"program\": \"start\", \"firstDay\": \"2999-01-01\"}]}";

  /** The log broken in every way: exit 65 naming file and where, or 74 for what cannot be read as a file. */
  static List<Case> logFiles() {
    String truncated = "{\"version\": 1, \"entries\": [\n  {\"id\": \"a\"\n";
    List<Case> cases = new ArrayList<>();
    for (String command : List.of("streaks", "due", "remind", "history", "undo", "delete a", "edit a 30m", "export --csv", "log move 20m")) {
      cases.add(new Case("steady " + command + " on a truncated log", log(truncated).fixture(), split(command), 65, "log.json:3:1: invalid JSON"));
    }
    cases.addAll(
        List.of(
            broken("log", log(entry("\"seconds\": \"x\"")), "history", 65, "log.json:1:133: entries[0].seconds: expected a number"),
            broken("log", log(entry("\"seconds\": -5")), "streaks", 65, "log.json:1:133: entries[0].seconds: expected a whole number from 0 to 86400, found -5"),
            broken("log", log(entry("\"seconds\": 1.5")), "streaks", 65, "entries[0].seconds: expected a whole number"),
            broken("log", log(entry("\"seconds\": 60").replace("2026-11-21", "2026-02-30")), "streaks", 65, "entries[0].date: expected a date YYYY-MM-DD, found \"2026-02-30\""),
            broken("log", log(""), "streaks", 65, "log.json:1:1: expected the log, found an empty file"),
            broken("log", log("\u00ff"), "due", 65, "log.json:1:1: invalid JSON"),
            broken("log", log("[".repeat(100_000)), "history", 65, "log.json:1:65: invalid JSON: nested deeper than 64"),
            broken("log", log("{\"version\": 9, \"entries\": []}"), "log move 20m", 65, "the log is version 9, newer than this steady writes (" + LogFile.VERSION + "); it was left unchanged"),
            broken("log", folder("log.json"), "streaks", 74, "log.json: cannot read the log"),
            broken("log", folder("log.json"), "log move 20m", 74, "log.json: cannot read the log"),
            broken("log", link("log.json", "gone/log.json"), "log move 20m", 74, "log.json: cannot write the log (it is a symbolic link to gone/log.json, which does not exist)"),
            broken("log", fifo("log.json"), "streaks", 74, "log.json: cannot read the log (it is a FIFO (named pipe), not a regular file)"),
            broken("log", fifo("log.json"), "log move 20m", 74, "log.json: cannot read the log (it is a FIFO (named pipe), not a regular file)"),
            broken("log", huge("log.json"), "history", 65, "log.json: 3 GiB is larger than the log may be"),
            broken("log", huge("log.json"), "log move 20m", 65, "log.json: 3 GiB is larger than the log may be"),
            broken("log", unreadable("log.json"), "streaks", 74, "log.json: cannot read the log"),
            broken("log", log(entry("\"seconds\": 9223372036854776")), "streaks", 65, "entries[0].seconds: expected a whole number from 0 to"),
            broken("log", log(session("\"seconds\": 1e300, \"bpm\": 6")), "due", 65, "entries[0].session.seconds: expected a number from 0 to 21600, found 1e300"),
            broken("log", log(entry("\"seconds\": 86401")), "history", 65, "log.json:1:133: entries[0].seconds: expected a whole number from 0 to 86400, found 86401"),
            broken("log", log(entry("\"count\": 1000001")), "streaks", 65, "log.json:1:131: entries[0].count: expected a whole number from 0 to 1000000, found 1000001"),
            broken("log", log(session("\"seconds\": 60, \"bpm\": 1")), "due", 65, "entries[0].session.bpm: expected 0 or a number from 2 to 20, found 1"),
            broken("log", log(entry("\"program\": \"pause\"")), "program", 65, "log.json:1:133: entries[0].program: expected start or stop, found \"pause\""),
            broken("log", log(entry("\"program\": \"start\"")), "history", 65, "entries[0].firstDay: missing (required)"),
            broken("log", log(entry("\"program\": \"stop\", \"firstDay\": \"2026-12-05\"")), "remind", 65, "entries[0].firstDay: a programme's stop has no first day"),
            broken("log", log(entry("\"program\": \"start\", \"firstDay\": \"2026-02-30\"")), "program", 65, "entries[0].firstDay: expected a date YYYY-MM-DD, found \"2026-02-30\""),
            broken("log", log(entry("\"program\": \"start\", \"seconds\": 60")), "streaks", 65, "entries[0].seconds: expected only one amount, but program is here too")));
    return cases;
  }

  static List<Case> configFiles() {
    return List.of(
        broken("config", config("{\"version\": 1,\n  \"dayStartsAt\": }"), "due", 65, "config.json:2:18: invalid JSON"),
        broken("config", config("{\"version\": 1, \"weekStartsOn\": 3}"), "streaks", 65, "config.json:1:32: weekStartsOn: expected a string"),
        broken("config", config("{\"version\": 1, \"dayStartsAt\": \"25:00\"}"), "due", 65, "config.json:1:31: dayStartsAt: expected a time HH:MM, found \"25:00\""),
        broken("config", config(habit("\"id\": \"move\", \"kind\": \"weekly-days\", \"days\": 9")), "due", 65, "config.json:1:73: habits[0].days: expected a whole number from 1 to 7, found 9"),
        broken("config", config(habit("\"id\": \"move\", \"kind\": \"weekly-days\", \"days\": 1e300")), "remind", 65, "config.json:1:73: habits[0].days: expected a whole number from 1 to 7"),
        broken("config", config(habit("\"id\": \"move\", \"kind\": \"daily\", \"min\": 1441, \"unit\": \"min\"")), "due", 65, "config.json:1:66: habits[0].min: expected minutes above 0 and at most 1440 (a day), found 1441"),
        broken("config", config(habit("\"id\": \"move\", \"kind\": \"daily\", \"min\": 1e7")), "due", 65, "config.json:1:66: habits[0].min: expected a count above 0 and at most 1000000, found 10000000"),
        broken("config", config(habit("\"id\": \"move\", \"kind\": \"nope\"")), "log move 20m", 65, "config.json:1:50: habits[0].kind: expected one of daily, window"),
        broken("config", config("{\"version\": 9}"), "history", 65, "config.json:1:13: version: expected 1 (the version this steady reads), found 9"),
        broken("config", folder("config.json"), "due", 74, "config.json: cannot read"),
        broken("config", fifo("config.json"), "due", 74, "config.json: cannot read the config (it is a FIFO (named pipe), not a regular file)"),
        broken("config", huge("config.json"), "remind", 65, "config.json: 3 GiB is larger than the config may be"),
        broken("config", unreadable("config.json"), "due", 74, "config.json: cannot read"),
        broken("config", config("{\"version\": 1, \"dayStartsAt\": \"\\u001b]0;pwned\\u0007\"}"), "due", 65, "dayStartsAt: expected a time HH:MM, found \"\\x1b]0;pwned\\x07\""));
  }

  static List<Case> planFiles() {
    return List.of(
        broken("plan", plan("mine", "{\"title\": \"x\",\n \"duration\": 5m}"), "plans show mine", 65, "plans/mine.json:2:15: invalid JSON"),
        broken("plan", plan("mine", "{\"title\": \"x\",\n \"duration\": 5m}"), "breathe mine", 65, "plans/mine.json:2:15: invalid JSON"),
        broken("plan", plan("mine", "{\"title\": \"x\", \"duration\": \"5m\", \"segments\": [{\"bpm\": \"six\"}]}"), "plans show mine", 65, "plans/mine.json:1:55: segments[0].bpm: expected a number"),
        broken("plan", plan("mine", "{\"title\": \"x\", \"duration\": \"5m\", \"segments\": [{\"bpm\": 50}]}"), "breathe mine", 65, "plans/mine.json:1:55: segments[0].bpm: expected a rate between 2 and 20 breaths a minute, found 50"),
        broken("plan", plan("mine", "{\"title\": \"x\", \"duration\": \"5m\", \"segments\": [{\"inhale\": 9223372036854775807, \"exhale\": 4}]}"), "plans show mine", 65, "plans/mine.json:1:47: segments[0]: expected a breath of 3 to 30 seconds"),
        broken("plan", plan("mine", "{\"title\": \"x\", \"duration\": \"99999h\", \"segments\": [{\"bpm\": 6}]}"), "plans show mine", 65, "plans/mine.json:1:28: duration: expected a duration such as 90s"),
        broken("plan", plan("mine", "{\"version\": 9, " + PLAN.substring(1)), "plans show mine", 65, "plans/mine.json:1:13: version: unknown field (expected one of"),
        broken("plan", file("notaplan.txt", "hello\n"), "breathe HOME/notaplan.txt", 65, "notaplan.txt:1:1: invalid JSON"),
        broken("plan", fifo("plans/mine.json"), "breathe mine", 74, "plans/mine.json: cannot read the plan (it is a FIFO (named pipe), not a regular file)"),
        broken("plan", fifo("plans/mine.json"), "plans show mine", 74, "plans/mine.json: cannot read the plan (it is a FIFO"),
        broken("plan", folder("plans/mine.json"), "breathe HOME/plans/mine.json", 74, "plans/mine.json: cannot read the plan (it is a folder, not a regular file)"),
        broken("plan", link("plans/mine.json", "gone.json"), "breathe mine", 74, "plans/mine.json: cannot read the plan (it is a symbolic link to gone.json, which does not exist)"),
        broken("plan", link("plans/mine.json", "gone.json"), "breathe HOME/plans/mine.json", 74, "plans/mine.json: cannot read the plan (it is a symbolic link to gone.json, which does not exist)"),
        broken("plan", huge("plans/mine.json"), "plans show mine", 65, "plans/mine.json: 3 GiB is larger than the plan may be"),
        new Case("steady plans with one broken plan lists the rest and says so", plan("mine", "{\"title\": \"x\",\n \"duration\": 5m}").fixture(), List.of("plans"), 0, "plan mine is broken: "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refused(Case c) throws Exception {
    Path home = Files.createDirectory(homes.resolve("home-" + NEXT_HOME.incrementAndGet()));
    Files.writeString(home.resolve("log.json"), LOG);
    c.fixture().make(home);
    Map<String, String> before = contents(home);

    List<String> command = new ArrayList<>(List.of(LaunchedProcess.LAUNCHER.toString()));
    command.addAll(c.args().stream().map(a -> a.replace("HOME", home.toString())).toList());
    LaunchedProcess run = LaunchedProcess.start(env(home), command);
    int exit = run.exitCode(90);

    String err = run.err();
    assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(c.exit());
    assertThat(err).as("stderr").startsWith("steady: ").contains(c.says()).hasLineCount(1)
        .doesNotContain("Exception", "\tat ").doesNotContainPattern("[\\p{Cntrl}&&[^\n]]");
    if (c.exit() != 0) {
      assertThat(run.texts()).as("stdout").isEmpty();
    }
    Map<String, String> after = contents(home);
    after.remove("log.json.lock");
    assertThat(after).as("the files in the home").isEqualTo(before);
  }

  private static Map<String, String> env(Path home) {
    return Map.of(
        "STEADY_HOME", home.toString(),
        "XDG_CONFIG_HOME", home.resolve("xdg-config").toString(),
        "XDG_DATA_HOME", home.resolve("xdg-data").toString());
  }

  // ---- the table's pieces

  private static Case usage(String command, String says) {
    return new Case("steady " + command, Fixture.NOTHING_MORE, split(command), 2, says);
  }

  private static Case broken(String what, Named fixture, String command, int exit, String says) {
    return new Case("steady " + command + " with " + fixture.what() + " as the " + what, fixture.fixture(), split(command), exit, says);
  }

  private static List<String> split(String command) {
    return List.of(command.split(" "));
  }

  /** A fixture with the words a case's name uses for it. */
  record Named(String what, Fixture fixture) {}

  private static Named log(String text) {
    String what = text.isEmpty() ? "an empty file" : abbreviate(text);
    return new Named(what, home -> Files.writeString(home.resolve("log.json"), text, StandardCharsets.ISO_8859_1));
  }

  private static Named config(String text) {
    return new Named(abbreviate(text), home -> Files.writeString(home.resolve("config.json"), text));
  }

  private static Named plan(String name, String text) {
    return new Named(abbreviate(text), home -> {
      Files.createDirectories(home.resolve("plans"));
      Files.writeString(home.resolve("plans").resolve(name + ".json"), text);
    });
  }

  /** A file in the home, which a command line names as {@code HOME/name}. */
  private static Named file(String name, String text) {
    return new Named(abbreviate(text), home -> Files.writeString(home.resolve(name), text));
  }

  private static Named folder(String name) {
    return new Named("a folder", home -> {
      Files.deleteIfExists(home.resolve(name));
      Files.createDirectories(home.resolve(name));
    });
  }

  private static Named fifo(String name) {
    return new Named("a FIFO", home -> {
      Path fifo = home.resolve(name);
      Files.createDirectories(fifo.getParent());
      Files.deleteIfExists(fifo);
      try {
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).as("mkfifo").isZero();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Larger than any limit steady sets for a file, and sparse, so that it costs no disk. */
  private static Named huge(String name) {
    return new Named("a sparse 3 GiB file", home -> {
      Path file = home.resolve(name);
      Files.createDirectories(file.getParent());
      try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
        f.setLength(3L << 30);
      }
    });
  }

  /** A file its mode makes unreadable; root reads it all the same, so there the case is skipped. */
  private static Named unreadable(String name) {
    return new Named("an unreadable file", home -> {
      Path file = home.resolve(name);
      if (Files.notExists(file)) {
        Files.writeString(file, "{}");
      }
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
      assumeThat(Files.isReadable(file)).as("skipped: root reads a file whatever its mode").isFalse();
    });
  }

  private static Named link(String name, String target) {
    return new Named("a link to " + target, home -> {
      Files.createDirectories(home.resolve(name).getParent());
      Files.deleteIfExists(home.resolve(name));
      Files.createSymbolicLink(home.resolve(name), Path.of(target));
    });
  }

  private static String entry(String amount) {
    return "{\"version\": 1, \"entries\": [{\"id\": \"a\", \"habit\": \"move\", \"date\": \"2026-11-21\", \"recordedAt\": \"2026-11-21T22:17:01+01:00\", "
        + amount + "}]}";
  }

  private static String session(String fields) {
    return "{\"version\": 1, \"entries\": [{\"id\": \"a\", \"habit\": \"breathe\", \"date\": \"2026-11-21\", \"recordedAt\": \"2026-11-21T22:17:01+01:00\", "
        + "\"session\": {\"plan\": \"resonance\", \"completed\": true, \"breaths\": 3, " + fields + "}}]}";
  }

  private static String habit(String fields) {
    return "{\"version\": 1, \"habits\": [{" + fields + "}]}";
  }

  private static String abbreviate(String text) {
    String one = text.replace("\n", " ");
    return one.length() <= 60 ? "'" + one + "'" : "'" + one.substring(0, 28) + "…" + one.substring(one.length() - 28) + "'";
  }

  // ---- what a home holds, to compare before and after

  /** Every path under the home, by its name relative to the home: its kind, mode and content's digest. */
  private static Map<String, String> contents(Path home) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(home)) {
      for (Path p : paths.toList()) {
        contents.put(home.relativize(p).toString(), describe(p));
      }
    }
    return contents;
  }

  private static String describe(Path p) throws IOException {
    PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    String mode = PosixFilePermissions.toString(a.permissions()) + " " + a.owner().getName() + ":" + a.group().getName();
    if (a.isSymbolicLink()) {
      return "link to " + Files.readSymbolicLink(p);
    } else if (a.isDirectory()) {
      return "folder " + mode;
    } else if (!a.isRegularFile()) {
      return "special " + mode;
    } else if (a.size() > 64 << 20) {
      return "file " + mode + " of " + a.size() + " bytes modified " + a.lastModifiedTime();
    }
    return "file " + mode + " sha256 " + digest(p);
  }

  private static String digest(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
