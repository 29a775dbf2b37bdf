package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.habit.Due;
import dev.steady.habit.Settings;
import dev.steady.habit.StreakEngine;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "due",
    description = {
      "What is still to do today or this week, one habit a line, each line beginning with the habit's id.",
      "Sleep is due while the night that ended today is not logged.",
      "Exit status: 0 when something is due (and printed), 1 when nothing is (and nothing is printed, but for a"
          + " note on stderr at a terminal)."
    },
    mixinStandardHelpOptions = true)
final class DueCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--json", description = "Print {\"date\", \"due\": [...]} as JSON (exit status as above).")
  boolean json;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing; only the exit status tells.")
  boolean quiet;

  DueCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** The command's work once its options are set, whether picocli or {@link QuickForms} set them. */
  int run(PrintWriter out, PrintWriter err) {
    Today today = Today.of(home, context);
    Settings settings = today.settings();
    LocalDate date = today.date();
    List<Due.Item> due = Due.of(today.habitLog(StreakEngine.earliest(settings, date, 1)), settings, date);
    if (!quiet) {
      print(out, err, today.date(), due);
    }
    return due.isEmpty() ? Failure.NOTHING_DUE : 0;
  }

  private void print(PrintWriter out, PrintWriter err, LocalDate today, List<Due.Item> due) {
    if (json) {
      JsonDocument.print(out, g -> {
        g.writeStartObject();
        g.writeStringField("date", today.toString());
        g.writeArrayFieldStart("due");
        for (Due.Item item : due) {
          StatusJson.item(g, item);
        }
        g.writeEndArray();
        g.writeEndObject();
      });
    } else if (due.isEmpty()) {
      // cron mails any output, so only a person at a terminal is told
      if (context.terminal()) {
        err.println("steady: nothing due: every habit is met for today and this week");
      }
    } else {
      Table.print(out, due.stream().map(item -> List.of(item.id(), item.message())).toList());
    }
  }
}
