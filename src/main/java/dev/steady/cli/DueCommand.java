package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.config.Places;
import dev.steady.config.SettingsFile;
import dev.steady.failure.Failure;
import dev.steady.habit.Due;
import dev.steady.habit.Settings;
import dev.steady.json.JsonOut;
import dev.steady.store.LogFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
      "Exit status: 0 when something is due (and printed), 1 when nothing is."
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
    Places places = home.places(context);
    Settings settings = SettingsFile.load(places.configFile());
    LocalDate today = settings.dayOf(LocalDateTime.now(context.clock()));
    List<Due.Item> due = Due.of(new LogFile(places.logFile()).entries(), settings, today);
    if (!quiet) {
      print(today, due);
    }
    return due.isEmpty() ? Failure.NOTHING_DUE : 0;
  }

  private void print(LocalDate today, List<Due.Item> due) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      writeJson(out, today, due);
    } else if (due.isEmpty()) {
      spec.commandLine().getErr().println("steady: nothing due: every habit is met for today and this week");
    } else {
      int width = due.stream().mapToInt(i -> i.id().length()).max().orElse(0);
      for (Due.Item item : due) {
        out.println(item.id() + " ".repeat(width - item.id().length() + 2) + item.message());
      }
    }
  }

  private static void writeJson(PrintWriter out, LocalDate today, List<Due.Item> due) {
    try (JsonGenerator g = JsonOut.to(out)) {
      g.writeStartObject();
      g.writeStringField("date", today.toString());
      g.writeArrayFieldStart("due");
      for (Due.Item item : due) {
        StatusJson.item(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
