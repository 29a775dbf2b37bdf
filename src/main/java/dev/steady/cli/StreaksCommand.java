package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.failure.Failure;
import dev.steady.habit.Cell;
import dev.steady.habit.Habit;
import dev.steady.habit.HabitLog;
import dev.steady.habit.HabitStatus;
import dev.steady.habit.Progress;
import dev.steady.habit.StreakEngine;
import dev.steady.habit.Words;
import dev.steady.time.DurationText;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "streaks",
    description = {
      "Every habit: today's or this week's progress, whether it is met, the current and the best streak, and a"
          + " heatmap of the last days.",
      "A streak counts days (or weeks) met in a row; an unfinished day or week does not break it."
    },
    mixinStandardHelpOptions = true)
final class StreaksCommand implements Callable<Integer> {
  static final int MAX_DAYS = 366;

  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--json", description = "Print {\"date\", \"habits\": [...]} as JSON.")
  boolean json;

  // the default is the field's own value, so that QuickForms, which sets only what is given, has it too
  @Option(names = "--days", paramLabel = "N", description = "Days in the heatmap, 1 to 366. Default: ${DEFAULT-VALUE}.")
  int days = 28;

  StreaksCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** The command's work once its options are set, whether picocli or {@link QuickForms} set them. */
  int run(PrintWriter out, PrintWriter err) {
    if (days < 1 || days > MAX_DAYS) {
      throw Failure.usage("--days: expected 1 to " + MAX_DAYS + ", found " + days);
    }
    Today today = Today.of(home, context);
    HabitLog log = today.habitLog(StreakEngine.earliest(today.settings(), today.date(), days));
    List<HabitStatus> statuses = StreakEngine.statuses(log, today.settings(), today.date(), days);
    if (json) {
      JsonDocument.print(out, g -> writeJson(g, today.date(), statuses));
    } else if (statuses.isEmpty()) {
      err.println("steady: the config has no habits");
    } else {
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("habit", "progress", "met", "current", "best", "strength"));
      for (HabitStatus s : statuses) {
        Habit h = s.habit();
        rows.add(List.of(h.id(), h.progress(s.progress()), s.met() ? "yes" : s.rested() ? "rested" : "no", streak(s.current(), h),
            streak(s.best(), h), percent(s.strength())));
      }
      Table.print(out, rows);
      out.println();
      new Heatmap(context.colour(), today.settings().weekStartsOn()).print(out, statuses);
    }
    return 0;
  }

  /** Strength as a whole percentage, rounded as Loop Habit Tracker shows it. */
  static String percent(double strength) {
    return Math.round(strength * 100) + "%";
  }

  static String streak(int n, Habit habit) {
    return Words.plural(n, habit.period().word());
  }

  private static void writeJson(JsonGenerator g, LocalDate today, List<HabitStatus> statuses) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", today.toString());
    g.writeArrayFieldStart("habits");
    for (HabitStatus s : statuses) {
      g.writeStartObject();
      g.writeStringField("id", s.habit().id());
      g.writeStringField("kind", s.habit().kind());
      g.writeStringField("period", s.habit().period().word());
      g.writeBooleanField("met", s.met());
      g.writeBooleanField("logged", s.logged());
      g.writeNumberField("current", s.current());
      g.writeNumberField("best", s.best());
      g.writeNumberField("strength", Math.round(s.strength() * 10_000) / 10_000.0);
      g.writeNumberField("rested", s.restDays());
      StatusJson.progress(g, s.progress());
      g.writeArrayFieldStart("cells");
      for (Cell c : s.cells()) {
        g.writeStartObject();
        g.writeStringField("date", c.date().toString());
        g.writeStringField("level", c.word());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
