package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.habit.Habit;
import dev.steady.habit.HabitStatus;
import dev.steady.habit.StreakEngine;
import dev.steady.habit.Settings;
import dev.steady.time.DateText;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code log HABIT [VALUE…]} for any habit in the config, and the named forms {@code log sleep}, {@code log
 * move} and {@code log diet} as subcommands, so that each has its own help. The options are inherited, so
 * they may come before or after the subcommand's name.
 */
@Command(
    name = "log",
    description = {
      "Record a habit: a night's sleep, movement, a diet step, or any habit in your config.",
      "",
      "VALUE is what the habit's kind needs: a duration (25m, 1h10m) for a habit counted in minutes, BED WAKE"
          + " for a window such as sleep, items for a weekly-distinct habit such as plants, or a count"
          + " (default 1) for the rest. An entry counts for today unless --date or --at says otherwise;"
          + " a day begins at the hour set in the config (04:00 by default).",
      ""
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  steady log sleep 23:10 06:55",
      "  steady log move 25m --at 07:30",
      "  steady log diet plants kale lentils oats",
      "  steady log fermented --date yesterday --note kimchi",
      "  steady log breathe 5m",
      "",
      "An item named like a subcommand (sleep, move, diet) goes after --, as in: steady log plants -- kale sleep"
    },
    mixinStandardHelpOptions = true,
    subcommands = {LogCommand.Sleep.class, LogCommand.Move.class, LogCommand.Diet.class})
final class LogCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      scope = ScopeType.INHERIT,
      description = "The day the entry counts for: YYYY-MM-DD, today or yesterday (never a future day).")
  String date;

  @Option(
      names = "--at",
      paramLabel = "HH:MM",
      scope = ScopeType.INHERIT,
      description = {
        "When it happened. Without --date: the latest such time that has passed, counted for the day it"
            + " falls in (00:40 logged at noon counts for yesterday). With --date: that time on that day."
      })
  String at;

  @Option(names = "--note", paramLabel = "TEXT", scope = ScopeType.INHERIT, description = "A note kept with the entry.")
  String note;

  @Parameters(index = "0", arity = "0..1", paramLabel = "HABIT", description = "A habit from the config (see 'steady config').")
  String habit;

  @Parameters(index = "1..*", paramLabel = "VALUE", description = "What the habit's kind needs (see above).")
  List<String> values = new ArrayList<>();

  LogCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (habit == null) {
      List<Habit> habits = Today.of(home, context).settings().habits();
      throw Failure.usage("log what? name a habit: " + ids(habits) + " (see 'steady log --help')");
    }
    return record(spec.commandLine().getOut(), spec.commandLine().getErr(), home, habit, values, null);
  }

  /**
   * Records one entry and confirms it on {@code out}: the work of every form of {@code log}, whether picocli or
   * {@link QuickForms} parsed it.
   *
   * @param own the caller's --home, which wins over one given before the subcommand's name
   * @param group the group the habit must belong to, or null for any habit
   */
  int record(PrintWriter out, PrintWriter err, HomeOption own, String id, List<String> values, String group) {
    Today today = Today.of(own.home != null ? own : home, context);
    Habit chosen = find(today.settings(), id, group);
    Amount amount = chosen.amount(values);
    LocalDate day = LogDay.of(today.settings(), today.now().toLocalDateTime(), date, at, chosen.id(), amount);
    Entry entry = today.entry(chosen.id(), day, amount, kept(note));
    today.log().append(entry);
    out.println("logged " + EntryText.describe(entry) + " for " + DateText.relative(day, today.date()));
    if (chosen.limit()) {
      overLimit(today, chosen, day).ifPresent(err::println);
    }
    return 0;
  }

  /** {@code alcohol: 4 of at most 3 this week}, when the week of {@code day} has passed its limit. */
  private static Optional<String> overLimit(Today today, Habit limit, LocalDate day) {
    Settings only = new Settings(today.settings().dayStartsAt(), today.settings().weekStartsOn(), List.of(limit));
    LocalDate weekEnd = only.weekOf(day).plusDays(6);
    LocalDate asOf = weekEnd.isBefore(today.date()) ? weekEnd : today.date();
    HabitStatus week = StreakEngine.statuses(today.entries(), only, asOf, 0).get(0);
    if (week.met()) {
      return Optional.empty();
    }
    String text = limit.progress(week.progress());
    return Optional.of(limit.id() + ": " + (asOf.equals(today.date()) ? text
        : text.replace(" this week", " in the week of " + only.weekOf(day))));
  }

  /** A note as kept in the log: stripped, and none when blank. */
  static String kept(String note) {
    return note == null || note.isBlank() ? null : note.strip();
  }

  private static Habit find(Settings settings, String id, String group) {
    List<Habit> allowed = settings.habits().stream().filter(h -> group == null || group.equals(h.group())).toList();
    return allowed.stream()
        .filter(h -> h.id().equals(id))
        .findFirst()
        .orElseThrow(
            () -> Failure.usage(
                "unknown " + (group == null ? "habit" : group + " step") + " \"" + id + "\"; "
                    + (allowed.isEmpty() ? "the config has none" : "expected one of " + ids(allowed))));
  }

  static String ids(List<Habit> habits) {
    return String.join(", ", habits.stream().map(Habit::id).toList());
  }

  @Command(
      name = "sleep",
      description = "A night: the times you went to bed and woke up (24-hour). It counts for the wake date, which"
          + " --date names; without --date, the latest WAKE that has passed.",
      mixinStandardHelpOptions = true)
  static final class Sleep implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand LogCommand log;
    @Mixin HomeOption home;

    @Parameters(index = "0", paramLabel = "BED", description = "When you went to bed, such as 23:10.")
    String bed;

    @Parameters(index = "1", paramLabel = "WAKE", description = "When you woke up, such as 06:55.")
    String wake;

    @Override
    public Integer call() {
      return log.record(spec.commandLine().getOut(), spec.commandLine().getErr(), home, "sleep", List.of(bed, wake), null);
    }
  }

  @Command(name = "move", description = "Minutes of movement.", mixinStandardHelpOptions = true)
  static final class Move implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand LogCommand log;
    @Mixin HomeOption home;

    @Parameters(paramLabel = "DURATION", description = "How long, such as 25m or 1h10m.")
    String duration;

    @Override
    public Integer call() {
      return log.record(spec.commandLine().getOut(), spec.commandLine().getErr(), home, "move", List.of(duration), null);
    }
  }

  @Command(
      name = "diet",
      description = {
        "A diet step: the same as 'steady log STEP [ITEM...]' for a habit of the diet group.",
        "plants takes at least one item (each counted once a week, letter case ignored, kept as typed);"
            + " fermented and omega3 take nothing."
      },
      mixinStandardHelpOptions = true)
  static final class Diet implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand LogCommand log;
    @Mixin HomeOption home;

    @Parameters(index = "0", paramLabel = "STEP", description = "plants, fermented, omega3, or a diet habit of your own.")
    String step;

    @Parameters(index = "1..*", paramLabel = "ITEM", description = "The foods, such as kale lentils oats (or kale,lentils,oats).")
    List<String> items = new ArrayList<>();

    @Override
    public Integer call() {
      return log.record(spec.commandLine().getOut(), spec.commandLine().getErr(), home, step, items, "diet");
    }
  }
}
