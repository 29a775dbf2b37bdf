package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.habit.Due;
import dev.steady.habit.Entry;
import dev.steady.habit.Nudge;
import dev.steady.program.ProgrammeStatus;
import dev.steady.term.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "remind",
    description = {
      "One short line for a notifier: the most useful nudge right now.",
      "For example: move: 3 more days of 20m this week (3 days left)",
      "In the hour before the sleep habit's bed target it leads with winding down and a plan to breathe with,"
          + " until something is breathed in that hour.",
      "While the seven-day programme runs, what its day still needs follows (; program day 3 of 7: hum 3m,"
          + " plants), or stands alone when nothing else is due.",
      "Exit status: 0 when something is due (and printed), 1 when nothing is (and nothing is printed), so"
          + " that 'steady remind | notify-send …' in a timer stays quiet on a good day."
    },
    mixinStandardHelpOptions = true)
final class RemindCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--json", description = "Print {\"date\", \"nudge\": {\"id\", \"message\", \"progress\"} or null,"
      + " \"program\": {\"day\", \"toDo\", \"message\"} or null} as JSON.")
  boolean json;

  RemindCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut());
  }

  /** The command's work once its options are set, whether picocli or {@link QuickForms} set them. */
  int run(PrintWriter out) {
    Today today = Today.of(home, context);
    List<Entry> entries = today.entries();
    Optional<Due.Item> habitNudge = Nudge.best(entries, today.settings(), today.now().toLocalDateTime());
    ProgrammeStatus status = ProgrammeStatus.of(entries, today.settings(), today.date());
    Optional<ProgrammeStep> programme = ProgrammeStep.of(status, habitNudge.map(Due.Item::id).orElse(null));
    Optional<Due.Item> nudge = habitNudge.isPresent() ? habitNudge : programme.map(ProgrammeStep::asNudge);
    if (json) {
      JsonDocument.print(out, g -> {
        g.writeStartObject();
        g.writeStringField("date", today.date().toString());
        g.writeFieldName("nudge");
        if (nudge.isPresent()) {
          StatusJson.item(g, nudge.get());
        } else {
          g.writeNull();
        }
        g.writeFieldName("program");
        if (programme.isPresent()) {
          programme.get().write(g);
        } else {
          g.writeNull();
        }
        g.writeEndObject();
      });
    } else {
      String also = habitNudge.isPresent() ? programme.map(p -> "; program " + p.message()).orElse("") : "";
      nudge.ifPresent(item -> out.println(TerminalText.escape(item.id() + ": " + item.message() + also)));
    }
    return nudge.isEmpty() ? Failure.NOTHING_DUE : 0;
  }
}
