package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.config.Places;
import dev.steady.config.SettingsFile;
import dev.steady.failure.Failure;
import dev.steady.habit.Cell;
import dev.steady.habit.Habit;
import dev.steady.habit.HabitStatus;
import dev.steady.habit.Progress;
import dev.steady.habit.Settings;
import dev.steady.habit.StreakEngine;
import dev.steady.json.JsonOut;
import dev.steady.store.LogFile;
import dev.steady.time.DurationText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
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

  @Option(names = "--days", paramLabel = "N", defaultValue = "28", description = "Days in the heatmap, 1 to 366. Default: ${DEFAULT-VALUE}.")
  int days;

  StreaksCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (days < 1 || days > MAX_DAYS) {
      throw Failure.usage("--days: expected 1 to " + MAX_DAYS + ", found " + days);
    }
    Places places = home.places(context);
    Settings settings = SettingsFile.load(places.configFile());
    LocalDate today = settings.dayOf(LocalDateTime.now(context.clock()));
    List<HabitStatus> statuses =
        StreakEngine.statuses(new LogFile(places.logFile()).entries(), settings, today, days);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      writeJson(out, today, statuses);
    } else if (statuses.isEmpty()) {
      spec.commandLine().getErr().println("steady: the config has no habits");
    } else {
      printTable(out, statuses, settings);
    }
    return 0;
  }

  private void printTable(PrintWriter out, List<HabitStatus> statuses, Settings settings) {
    List<List<String>> rows =
        statuses.stream()
            .map(s -> List.of(s.habit().id(), progress(s), s.met() ? "yes" : "no", streak(s.current(), s.habit()), streak(s.best(), s.habit())))
            .toList();
    List<String> header = List.of("habit", "progress", "met", "current", "best");
    int[] widths = new int[header.size()];
    for (List<String> row : concat(header, rows)) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : concat(header, rows)) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        String shown = i == 2 && cell.equals("yes") && context.colour() ? "\u001b[32myes\u001b[0m" : cell;
        line.append(shown).append(" ".repeat(widths[i] - cell.length() + 2));
      }
      out.println(line.toString().stripTrailing());
    }
    out.println();
    new Heatmap(context.colour(), settings.weekStartsOn()).print(out, statuses, widths[0]);
  }

  private static List<List<String>> concat(List<String> header, List<List<String>> rows) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(header), rows.stream()).toList();
  }

  /** {@code 3m of 2m today}, {@code 2 of 5 days this week}, {@code 1 of at most 3 this week}. */
  static String progress(HabitStatus s) {
    Progress p = s.progress();
    String when = s.habit().period() == Habit.Period.DAY ? " today" : " this week";
    if (s.habit() instanceof Habit.WeeklyAtMost) {
      return DurationText.trim(p.value()) + " of at most " + DurationText.trim(p.target()) + when;
    }
    if ("min".equals(p.unit())) {
      return minutes(p.value()) + " of " + minutes(p.target()) + when;
    }
    String unit = p.unit() == null ? "" : " " + (p.target() == 1 && p.unit().endsWith("s") ? p.unit().substring(0, p.unit().length() - 1) : p.unit());
    return DurationText.trim(p.value()) + " of " + DurationText.trim(p.target()) + unit + when;
  }

  private static String minutes(double value) {
    return value == 0 ? "0m" : DurationText.format(Duration.ofSeconds(Math.round(value * 60)));
  }

  private static String streak(int n, Habit habit) {
    return n + " " + habit.period().word() + (n == 1 ? "" : "s");
  }

  private static void writeJson(PrintWriter out, LocalDate today, List<HabitStatus> statuses) {
    try (JsonGenerator g = JsonOut.to(out)) {
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
        StatusJson.progress(g, s.progress());
        g.writeArrayFieldStart("cells");
        for (Cell c : s.cells()) {
          g.writeStartObject();
          g.writeStringField("date", c.date().toString());
          g.writeStringField("level", c.level() == Cell.MET ? "met" : c.level() == Cell.SOME ? "some" : "none");
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
