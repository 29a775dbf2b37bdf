package dev.steady.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The plain forms of the quick commands that cron runs ({@code due}, {@code remind}, {@code streaks}, {@code log}),
 * read by hand so that such a run never builds picocli's model, which is most of its start-up. Only the reading
 * of arguments lives here: a form sets the same fields picocli would set and calls the same method the command's
 * {@code call()} does, so what a command prints is decided in one place.
 *
 * <p>Anything out of the ordinary is declined and goes through picocli, which also words every error: help and
 * version options, an unknown or repeated option, a missing value or one that begins with {@code -} or
 * {@code @}, an argument file ({@code @FILE}), {@code --}, an empty argument, a path the platform cannot name,
 * and the {@code log} forms picocli would reject or read another way. A test holds both paths to the same output
 * and exit code for every form.
 */
final class QuickForms {
  private static final Map<String, String> DUE = Map.of("--json", "json", "-q", "quiet", "--quiet", "quiet", "--home", "home");
  private static final Map<String, String> REMIND = Map.of("--json", "json", "--home", "home");
  private static final Map<String, String> STREAKS = Map.of("--json", "json", "--days", "days", "--home", "home");
  private static final Map<String, String> LOG = Map.of("--date", "date", "--at", "at", "--note", "note", "--home", "home");
  private static final Set<String> TAKES_VALUE = Set.of("home", "days", "date", "at", "note");
  /** log's subcommands: picocli takes one of these names anywhere among log's arguments as the subcommand. */
  private static final Set<String> LOG_FORMS = Set.of("sleep", "move", "diet");

  private QuickForms() {}

  /** Runs {@code args} when it is a plain form of a quick command; empty when picocli must read it. */
  static OptionalInt run(String[] args, Context context, PrintWriter out, PrintWriter err) {
    IntSupplier command = args.length == 0 ? null : read(args, context, out, err);
    if (command == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(command.getAsInt());
    } catch (Exception e) {
      return OptionalInt.of(Main.failed(e, context, err));
    }
  }

  private static IntSupplier read(String[] args, Context context, PrintWriter out, PrintWriter err) {
    return switch (args[0]) {
      case "due" -> {
        Given given = Given.of(args, DUE);
        if (given == null || !given.positionals.isEmpty()) {
          yield null;
        }
        DueCommand due = new DueCommand(context);
        due.home = given.home();
        due.json = given.has("json");
        due.quiet = given.has("quiet");
        yield afterCopies(given, context, err, () -> due.run(out, err));
      }
      case "remind" -> {
        Given given = Given.of(args, REMIND);
        if (given == null || !given.positionals.isEmpty()) {
          yield null;
        }
        RemindCommand remind = new RemindCommand(context);
        remind.home = given.home();
        remind.json = given.has("json");
        yield afterCopies(given, context, err, () -> remind.run(out));
      }
      case "streaks" -> {
        Given given = Given.of(args, STREAKS);
        String days = given == null ? null : given.options.get("days");
        if (given == null || !given.positionals.isEmpty()
            || (days != null && !days.matches("[0-9]{1,9}"))) {
          yield null;
        }
        StreaksCommand streaks = new StreaksCommand(context);
        streaks.home = given.home();
        streaks.json = given.has("json");
        if (days != null) {
          streaks.days = Integer.parseInt(days);
        }
        yield afterCopies(given, context, err, () -> streaks.run(out, err));
      }
      case "log" -> log(args, context, out, err);
      default -> null;
    };
  }

  /** {@code log sleep BED WAKE}, {@code log move DURATION}, {@code log diet STEP [ITEM…]}, {@code log HABIT [VALUE…]}. */
  private static IntSupplier log(String[] args, Context context, PrintWriter out, PrintWriter err) {
    Given given = Given.of(args, LOG);
    if (given == null || given.positionals.isEmpty()) {
      return null;
    }
    List<String> words = given.positionals;
    if (words.subList(1, words.size()).stream().anyMatch(LOG_FORMS::contains)) {
      return null;
    }
    String first = words.get(0);
    List<String> rest = words.subList(1, words.size());
    boolean fits = switch (first) {
      case "sleep" -> rest.size() == 2;
      case "move" -> rest.size() == 1;
      case "diet" -> !rest.isEmpty();
      default -> true;
    };
    if (!fits) {
      return null;
    }
    LogCommand log = new LogCommand(context);
    log.home = given.home();
    log.date = given.options.get("date");
    log.at = given.options.get("at");
    log.note = given.options.get("note");
    HomeOption none = HomeOption.of(null);
    return afterCopies(given, context, err, switch (first) {
      case "sleep", "move" -> () -> log.record(out, err, none, first, rest, null);
      case "diet" -> () -> log.record(out, err, none, rest.get(0), rest.subList(1, rest.size()), "diet");
      default -> () -> log.record(out, err, none, first, rest, null);
    });
  }

  /** The command, after the synced folder's conflict copies beside its log are merged, as picocli's path does. */
  private static IntSupplier afterCopies(Given given, Context context, PrintWriter err, IntSupplier command) {
    return () -> {
      SyncedCopies.absorb(given.home().places(context).logFile(), err);
      return command.getAsInt();
    };
  }

  /** The options (by key, flags with an empty value) and positional arguments that follow a command's name. */
  private record Given(Map<String, String> options, List<String> positionals, HomeOption home) {
    /** What {@code args[1…]} give under {@code names}, or null when picocli must read them. */
    static Given of(String[] args, Map<String, String> names) {
      Map<String, String> options = new HashMap<>();
      List<String> positionals = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (arg.isEmpty() || arg.startsWith("@")) {
          return null;
        }
        if (!arg.startsWith("-")) {
          positionals.add(arg);
          continue;
        }
        int equals = arg.indexOf('=');
        String key = names.get(equals < 0 ? arg : arg.substring(0, equals));
        if (key == null || (equals >= 0 && !TAKES_VALUE.contains(key))) {
          return null;
        }
        String value = "";
        if (TAKES_VALUE.contains(key)) {
          value = equals >= 0 ? arg.substring(equals + 1) : ++i < args.length ? args[i] : "";
          if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
            return null;
          }
        }
        if (options.put(key, value) != null) {
          return null;
        }
      }
      String home = options.get("home");
      try {
        return new Given(options, positionals, HomeOption.of(home == null ? null : Path.of(home)));
      } catch (InvalidPathException e) {
        return null;
      }
    }

    boolean has(String key) {
      return options.containsKey(key);
    }
  }
}
