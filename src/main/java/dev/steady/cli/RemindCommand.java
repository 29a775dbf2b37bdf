package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.config.Places;
import dev.steady.config.SettingsFile;
import dev.steady.failure.Failure;
import dev.steady.habit.Due;
import dev.steady.habit.Nudge;
import dev.steady.habit.Settings;
import dev.steady.json.JsonOut;
import dev.steady.store.LogFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
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
      "One short line for a notifier: the most useful nudge right now, such as",
      "  move: 3 more days of 20 min this week (3 days left)",
      "Exit status: 0 when something is due (and printed), 1 when nothing is (and nothing is printed), so"
          + " that 'steady remind | notify-send …' in a timer stays quiet on a good day."
    },
    mixinStandardHelpOptions = true)
final class RemindCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--json", description = "Print {\"date\", \"nudge\": {\"id\", \"message\", \"progress\"} or null} as JSON.")
  boolean json;

  RemindCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Places places = home.places(context);
    Settings settings = SettingsFile.load(places.configFile());
    LocalDateTime now = LocalDateTime.now(context.clock());
    Optional<Due.Item> nudge = Nudge.best(new LogFile(places.logFile()).entries(), settings, now);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      writeJson(out, settings, now, nudge);
    } else {
      nudge.ifPresent(item -> out.println(item.id() + ": " + item.message()));
    }
    return nudge.isEmpty() ? Failure.NOTHING_DUE : 0;
  }

  private static void writeJson(PrintWriter out, Settings settings, LocalDateTime now, Optional<Due.Item> nudge) {
    try (JsonGenerator g = JsonOut.to(out)) {
      g.writeStartObject();
      g.writeStringField("date", settings.dayOf(now).toString());
      g.writeFieldName("nudge");
      if (nudge.isPresent()) {
        StatusJson.item(g, nudge.get());
      } else {
        g.writeNull();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
