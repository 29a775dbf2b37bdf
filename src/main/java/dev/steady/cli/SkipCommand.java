package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.habit.Habit;
import dev.steady.habit.RestDays;
import dev.steady.habit.Words;
import dev.steady.store.LogFile;
import dev.steady.time.DateText;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "skip",
    description = {
      "Rest a habit for a day (illness, travel): the day neither breaks nor extends a day habit's streak and"
          + " leaves its strength as it is; a rested day lowers its week's target pro rata, rounded down.",
      "Each habit may rest restDays days (config.json, default 4) in any 30; beyond that skip exits 2 and says"
          + " when the next rest day is free. A limit (weekly-at-most) takes no rest days.",
      "To take a rest day back, delete it (see 'steady history')."
    },
    mixinStandardHelpOptions = true)
final class SkipCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "HABIT", description = "A habit from the config (see 'steady config').")
  String habit;

  @Option(names = "--date", paramLabel = "DATE", description = "The day to rest: YYYY-MM-DD, today or yesterday (never a future day).")
  String date;

  @Option(names = "--note", paramLabel = "TEXT", description = "A note kept with the rest day, such as: flu.")
  String note;

  SkipCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Today today = Today.of(home, context);
    Habit chosen =
        today.settings().habit(habit)
            .orElseThrow(() -> Failure.usage(
                "unknown habit \"" + habit + "\"; expected one of " + LogCommand.ids(today.settings().habits())));
    LocalDate day = LogDay.of(today.settings(), today.now().toLocalDateTime(), date, null);
    Entry rest = today.entry(chosen.id(), day, new Amount.Rest(), LogCommand.kept(note));
    int used =
        today.log().change(
            log -> {
              RestDays.check(log.entries(), chosen, day, today.settings(), today.date());
              int inWindow = RestDays.rested(log.entries(), chosen.id())
                  .subSet(today.date().minusDays(RestDays.WINDOW - 1), true, today.date(), true).size();
              return new LogFile.Change<>(log.plus(rest), inWindow + (day.isAfter(today.date().minusDays(RestDays.WINDOW)) ? 1 : 0));
            });
    spec.commandLine().getOut().println(
        "rested " + chosen.id() + " for " + DateText.relative(day, today.date()) + " (" + used + " of "
            + Words.plural(today.settings().restDays(), "rest day") + " in the last " + RestDays.WINDOW + " used)");
    return 0;
  }
}
