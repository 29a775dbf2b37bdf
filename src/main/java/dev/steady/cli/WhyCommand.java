package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.failure.Failure;
import dev.steady.habit.HabitLog;
import dev.steady.habit.HabitStatus;
import dev.steady.habit.StreakEngine;
import dev.steady.habit.Why;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "why",
    description = {
      "Explain a habit's streak: the run that makes it, what broke the run before it, what today or this week"
          + " still needs, and the last day by which logging keeps the streak."
    },
    mixinStandardHelpOptions = true)
final class WhyCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "HABIT", description = "A habit from the config (see 'steady config').")
  String habit;

  @Option(names = "--json", description = "Print the explanation as JSON.")
  boolean json;

  WhyCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Today today = Today.of(home, context);
    if (today.settings().habit(habit).isEmpty()) {
      throw Failure.usage("unknown habit \"" + habit + "\"; expected one of " + LogCommand.ids(today.settings().habits()));
    }
    HabitLog log = today.habitLog(StreakEngine.earliest(today.settings(), today.date(), 0));
    HabitStatus status = StreakEngine.statuses(log, today.settings(), today.date(), 0).stream()
        .filter(s -> s.habit().id().equals(habit)).findFirst().orElseThrow();
    Why why = Why.of(status, today.settings(), today.date());
    PrintWriter out = spec.commandLine().getOut();
    if (!json) {
      out.println(habit + ": " + why.lines().get(0));
      why.lines().subList(1, why.lines().size()).forEach(l -> out.println("  " + l));
      return 0;
    }
    HabitStatus.Runs r = status.runs();
    JsonDocument.print(out, g -> {
      g.writeStartObject();
      g.writeStringField("date", today.date().toString());
      g.writeStringField("id", habit);
      g.writeStringField("period", status.habit().period().word());
      g.writeBooleanField("met", status.met());
      g.writeBooleanField("rested", status.rested());
      g.writeNumberField("current", status.current());
      g.writeNumberField("best", status.best());
      g.writeNumberField("strength", Math.round(status.strength() * 10_000) / 10_000.0);
      g.writeNumberField("restDays", status.restDays());
      date(g, "runFirst", r.first());
      date(g, "runLast", r.last());
      date(g, "runEnded", r.ended());
      date(g, "brokeRunBefore", r.broke());
      g.writeNumberField("runBefore", r.before());
      if (why.needs() == null) {
        g.writeNullField("needs");
      } else {
        g.writeStringField("needs", why.needs());
      }
      date(g, "keepBy", why.keepBy());
      g.writeArrayFieldStart("lines");
      for (String line : why.lines()) {
        g.writeString(line);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    return 0;
  }

  private static void date(JsonGenerator g, String field, LocalDate d) throws IOException {
    if (d == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, d.toString());
    }
  }
}
