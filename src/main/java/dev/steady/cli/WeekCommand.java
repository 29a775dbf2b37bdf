package dev.steady.cli;

import dev.steady.habit.CalmWeeks;
import dev.steady.habit.Habit;
import dev.steady.habit.HabitLog;
import dev.steady.habit.HabitStatus;
import dev.steady.habit.WeekReview;
import dev.steady.habit.Words;
import dev.steady.json.JsonOut;
import java.io.PrintWriter;
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
    name = "week",
    description = {
      "A review of the week just ended (or the week holding --date), habit by habit: met or not, the days"
          + " logged and the minutes, the distinct items with those new that week, breathing sessions and"
          + " minutes, and each habit's streak and strength as the week ended; the calm change when sessions were"
          + " rated (breathe --calm)."
    },
    mixinStandardHelpOptions = true)
final class WeekCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--date", paramLabel = "DATE", description = "A day of the week to review: YYYY-MM-DD, today or yesterday.")
  String date;

  @Option(names = "--json", description = "Print the review as JSON.")
  boolean json;

  WeekCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Today today = Today.of(home, context);
    LocalDate day = date == null ? today.date().minusDays(7) : Values.date("--date", date, today.date());
    LocalDate first = today.settings().weekOf(day);
    HabitLog log = today.habitLog(WeekReview.earliest(today.settings(), first, today.date()));
    WeekReview review = WeekReview.of(log, today.settings(), first, today.date());
    CalmWeeks.Week calm = CalmWeeks.of(log.since(), today.settings(), first, 1).get(0);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      printJson(out, review, calm);
      return 0;
    }
    out.println("week of " + first + " to " + first.plusDays(6)
        + (review.asOf().isBefore(first.plusDays(6)) ? " (so far, to " + review.asOf() + ")" : ""));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("habit", "met", "days", "progress", "streak", "strength"));
    for (WeekReview.Line line : review.habits()) {
      HabitStatus s = line.status();
      Habit h = s.habit();
      String met = s.met() ? "yes" : s.rested() ? "rested" : "no";
      String progress = h.progress(s.progress());
      if (h.period() == Habit.Period.DAY) {
        progress = line.minutes() > 0 ? Math.round(line.minutes()) + " min in the week" : "";
      }
      rows.add(List.of(h.id(), h.period() == Habit.Period.DAY ? "" : met, Integer.toString(line.days()), progress,
          StreaksCommand.streak(s.current(), h), StreaksCommand.percent(s.strength())));
    }
    Table.print(out, rows);
    for (WeekReview.Line line : review.habits()) {
      if (!line.items().isEmpty()) {
        out.println(line.status().habit().id() + ": " + line.items().size() + " different"
            + (line.newItems().isEmpty() ? "" : ", new this week: " + String.join(", ", line.newItems())));
      }
    }
    out.println("breathing: " + Words.plural(review.sessions(), "session") + ", "
        + JsonOut.plain(Math.round(review.breathingMinutes() * 10) / 10.0) + " min"
        + (calm.sessions() == 0 ? "" : "; " + CalmCommand.sentence(calm)));
    return 0;
  }

  private static void printJson(PrintWriter out, WeekReview review, CalmWeeks.Week calm) {
    JsonDocument.print(out, g -> {
      g.writeStartObject();
      g.writeStringField("from", review.first().toString());
      g.writeStringField("to", review.first().plusDays(6).toString());
      g.writeStringField("asOf", review.asOf().toString());
      g.writeArrayFieldStart("habits");
      for (WeekReview.Line line : review.habits()) {
        HabitStatus s = line.status();
        g.writeStartObject();
        g.writeStringField("id", s.habit().id());
        g.writeStringField("period", s.habit().period().word());
        g.writeBooleanField("met", s.met());
        g.writeBooleanField("rested", s.rested());
        g.writeNumberField("days", line.days());
        g.writeNumberField("minutes", Math.round(line.minutes() * 100) / 100.0);
        g.writeNumberField("current", s.current());
        g.writeNumberField("best", s.best());
        g.writeNumberField("strength", Math.round(s.strength() * 10_000) / 10_000.0);
        StatusJson.progress(g, s.progress());
        g.writeArrayFieldStart("items");
        for (String item : line.items()) {
          g.writeString(item);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("newItems");
        for (String item : line.newItems()) {
          g.writeString(item);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("breathing");
      g.writeNumberField("sessions", review.sessions());
      g.writeNumberField("minutes", Math.round(review.breathingMinutes() * 100) / 100.0);
      g.writeEndObject();
      g.writeObjectFieldStart("calm");
      CalmCommand.writeRatings(g, calm);
      g.writeEndObject();
      g.writeEndObject();
    });
  }
}
