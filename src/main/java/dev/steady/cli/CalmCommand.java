package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.failure.Failure;
import dev.steady.habit.CalmWeeks;
import dev.steady.habit.Words;
import dev.steady.time.DurationText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "calm",
    description = {
      "Calm ratings before and after sessions (breathe --calm), week by week: the averages, the change and the"
          + " number of rated sessions, as a small chart.",
      "On the 1-to-10 scale, o marks the average before and > (or <) the average after."
    },
    mixinStandardHelpOptions = true)
final class CalmCommand implements Callable<Integer> {
  private static final int MAX_WEEKS = 520;

  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--weeks", paramLabel = "N", defaultValue = "8", description = "Weeks to show, 1 to 520. Default: ${DEFAULT-VALUE}.")
  int weeks;

  @Option(names = "--json", description = "Print the weeks as JSON.")
  boolean json;

  CalmCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw Failure.usage("--weeks: expected 1 to " + MAX_WEEKS + ", found " + weeks);
    }
    Today today = Today.of(home, context);
    List<CalmWeeks.Week> rows = CalmWeeks.of(today.entries(), today.settings(), today.date(), weeks);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonDocument.print(out, g -> {
        g.writeStartObject();
        g.writeStringField("date", today.date().toString());
        g.writeArrayFieldStart("weeks");
        for (CalmWeeks.Week w : rows) {
          g.writeStartObject();
          g.writeStringField("week", w.start().toString());
          writeRatings(g, w);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      });
      return 0;
    }
    out.println(String.format(Locale.ROOT, "%-10s  %5s  %-12s  %6s  %5s  %6s", "week of", "rated", " 1       10", "before", "after", "change"));
    for (CalmWeeks.Week w : rows) {
      out.println(line(w));
    }
    if (rows.stream().allMatch(w -> w.sessions() == 0)) {
      out.println("No rated sessions in these weeks: rate one with 'steady breathe --calm'.");
    }
    return 0;
  }

  /** A week's rated sessions and their averages, null while none was rated: in calm --json and week --json. */
  static void writeRatings(JsonGenerator g, CalmWeeks.Week w) throws IOException {
    g.writeNumberField("sessions", w.sessions());
    if (w.sessions() == 0) {
      g.writeNullField("before");
      g.writeNullField("after");
      g.writeNullField("change");
    } else {
      g.writeNumberField("before", hundredths(w.before()));
      g.writeNumberField("after", hundredths(w.after()));
      g.writeNumberField("change", hundredths(w.change()));
    }
  }

  /** {@code calm 3.7 before, 6.3 after (+2.7), 3 rated sessions}: a week's calm in a sentence. */
  static String sentence(CalmWeeks.Week w) {
    return "calm " + DurationText.trim(tenths(w.before())) + " before, " + DurationText.trim(tenths(w.after()))
        + " after (" + signed(w.change()) + "), " + Words.plural(w.sessions(), "rated session");
  }

  private static String signed(double change) {
    return (change > 0 ? "+" : "") + DurationText.trim(tenths(change));
  }

  /** {@code 2026-11-23      3  [  o===>    ]    3.7    6.3    +2.7}. */
  static String line(CalmWeeks.Week w) {
    if (w.sessions() == 0) {
      return String.format(Locale.ROOT, "%s  %5d  %-12s  %6s  %5s  %6s", w.start(), 0, "[" + " ".repeat(10) + "]", "-", "-", "-");
    }
    return String.format(
        Locale.ROOT,
        "%s  %5d  %s  %6s  %5s  %6s",
        w.start(),
        w.sessions(),
        bar(w.before(), w.after()),
        DurationText.trim(tenths(w.before())),
        DurationText.trim(tenths(w.after())),
        signed(w.change()));
  }

  /**
   * Ten places for the ratings 1 to 10: {@code o} at the average before, {@code >} at the average after when
   * calmer (or {@code <} when less calm), {@code =} between; {@code *} when both fall on one place.
   */
  static String bar(double before, double after) {
    char[] cells = " ".repeat(10).toCharArray();
    int from = place(before);
    int to = place(after);
    for (int i = Math.min(from, to) + 1; i < Math.max(from, to); i++) {
      cells[i] = '=';
    }
    cells[from] = 'o';
    cells[to] = from == to ? '*' : to > from ? '>' : '<';
    return "[" + new String(cells) + "]";
  }

  private static int place(double rating) {
    return (int) Math.max(0, Math.min(9, Math.round(rating) - 1));
  }

  private static double tenths(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double hundredths(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
