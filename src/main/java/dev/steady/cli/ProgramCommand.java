package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.program.Programme;
import dev.steady.program.ProgrammeStatus;
import dev.steady.store.LogFile;
import dev.steady.time.DateText;
import dev.steady.time.TimeText;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "program",
    description = {
      "The seven-day programme: a breathing plan a day, from 2 minutes of quick to 5 of resonance, and one habit"
          + " focus a day (movement, fermented food, plants, the sleep window, omega-3, fewer ultra-processed"
          + " foods, less alcohol), ending with a review of the week on day seven.",
      "Without a subcommand: today's step, the command to run it, and the progress of each day.",
      "While it runs, 'steady breathe' without a plan breathes the day's plan for the day's length, and"
          + " 'steady remind' names what the day still needs.",
      "Exit status: 0; 3 for 'start' while a programme runs (without --restart) and for 'stop' when none runs."
    },
    mixinStandardHelpOptions = true,
    subcommands = {ProgramCommand.Start.class, ProgramCommand.Stop.class})
final class ProgramCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--json", description = "Print the programme's state, days and review as JSON.")
  boolean json;

  ProgramCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Today today = Today.of(home, context);
    ProgrammeStatus status = ProgrammeStatus.of(today.entries(), today.settings(), today.date());
    new ProgrammeReport(status, json).print(spec.commandLine().getOut(), null);
    return 0;
  }

  @Command(
      name = "start",
      description = {
        "Begin the seven-day programme: day 1 is today, or tomorrow when it is 20:00 or later.",
        "Exit status 3 while a programme runs (or begins tomorrow), unless --restart begins it again."
      },
      mixinStandardHelpOptions = true)
  static final class Start implements Callable<Integer> {
    private final Context context;

    @Spec CommandSpec spec;
    @Mixin HomeOption home;

    @Option(names = "--restart", description = "Begin again from day 1 when a programme runs already.")
    boolean restart;

    @Option(names = "--json", description = "Print the new programme as 'program --json' does.")
    boolean json;

    Start(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      Today today = Today.of(home, context);
      LocalDate first = Programme.firstDay(today.settings(), today.now().toLocalDateTime());
      Entry start = today.entry(ProgrammeReport.HABIT, today.date(), Amount.Programme.start(first), null);
      boolean again =
          today.log().change(
              log -> {
                ProgrammeStatus before = ProgrammeStatus.of(log.entries(), today.settings(), today.date());
                if (before.active() && !restart) {
                  throw Failure.programmeState(ProgrammeReport.running(before)
                      + "; 'steady program start --restart' begins again, 'steady program stop' ends it");
                }
                return new LogFile.Change<>(log.plus(start), before.active());
              });
      ProgrammeStatus status = ProgrammeStatus.of(today.entries(), today.settings(), today.date());
      String said = (again ? "began the seven-day programme again: " : "began the seven-day programme: ")
          + (first.equals(today.date())
              ? "day 1 is today, " + DateText.full(first)
              : "it is after " + TimeText.format(Programme.EVENING) + ", so day 1 is tomorrow, "
                  + DateText.full(first));
      new ProgrammeReport(status, json).print(spec.commandLine().getOut(), said);
      return 0;
    }
  }

  @Command(
      name = "stop",
      description = {"End the seven-day programme. Exit status 3 when none runs."},
      mixinStandardHelpOptions = true)
  static final class Stop implements Callable<Integer> {
    private final Context context;

    @Spec CommandSpec spec;
    @Mixin HomeOption home;

    @Option(names = "--json", description = "Print the programme as it stood when stopped, as 'program --json' does.")
    boolean json;

    Stop(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      Today today = Today.of(home, context);
      Entry stop = today.entry(ProgrammeReport.HABIT, today.date(), Amount.Programme.stop(), null);
      ProgrammeStatus stopped =
          today.log().change(
              log -> {
                ProgrammeStatus before = ProgrammeStatus.of(log.entries(), today.settings(), today.date());
                if (!before.active()) {
                  throw Failure.programmeState(ProgrammeReport.notRunning(before));
                }
                return new LogFile.Change<>(log.plus(stop), before);
              });
      String said = "stopped the seven-day programme "
          + stopped.todaysDay().map(d -> "on day " + d.day().number() + " of " + Programme.DAYS).orElse("before day 1");
      new ProgrammeReport(stopped, json).stopped().print(spec.commandLine().getOut(), said);
      return 0;
    }
  }
}
