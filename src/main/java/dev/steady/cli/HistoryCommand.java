package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.config.Places;
import dev.steady.config.SettingsFile;
import dev.steady.failure.Failure;
import dev.steady.habit.Entry;
import dev.steady.habit.Settings;
import dev.steady.json.JsonOut;
import dev.steady.store.EntryCodec;
import dev.steady.store.LogFile;
import dev.steady.time.DateText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "history",
    description = "The entries, oldest first: by the day they count for, then by when they were recorded.",
    mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {
  /** The order history and export print entries in; entries recorded at the same instant keep the log's order. */
  static final Comparator<Entry> OLDEST_FIRST =
      Comparator.comparing(Entry::date).thenComparing(Entry::recordedAt, OffsetDateTime.timeLineOrder());

  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--since", paramLabel = "DATE", description = "Only entries for DATE or later: YYYY-MM-DD, today or yesterday.")
  String since;

  @Option(names = "--habit", paramLabel = "H", description = "Only the entries of habit H.")
  String habit;

  @Option(names = "--json", description = "Print {\"entries\": [...]} as JSON.")
  boolean json;

  HistoryCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Places places = home.places(context);
    Settings settings = SettingsFile.load(places.configFile());
    List<Entry> entries = new LogFile(places.logFile()).entries();
    LocalDate from =
        since == null ? LocalDate.MIN : Values.date("--since", since, settings.dayOf(LocalDateTime.now(context.clock())));
    // a habit since removed from the config still has its history
    if (habit != null && settings.habit(habit).isEmpty() && entries.stream().noneMatch(e -> e.habit().equals(habit))) {
      throw Failure.usage("--habit: unknown habit \"" + habit + "\"; expected one of " + LogCommand.ids(settings.habits()));
    }
    List<Entry> shown =
        entries.stream()
            .filter(e -> !e.date().isBefore(from))
            .filter(e -> habit == null || e.habit().equals(habit))
            .sorted(OLDEST_FIRST)
            .toList();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      writeJson(out, shown);
    } else if (shown.isEmpty()) {
      spec.commandLine().getErr().println("steady: no entries" + (entries.isEmpty() ? " yet" : " match"));
    } else {
      int width = shown.stream().mapToInt(e -> e.habit().length()).max().orElse(0);
      for (Entry e : shown) {
        String day = e.date() + " " + DateText.weekday(e.date());
        out.println((day + "  " + pad(e.habit(), width) + "  " + EntryText.details(e)).strip());
      }
    }
    return 0;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static void writeJson(PrintWriter out, List<Entry> entries) {
    try (JsonGenerator g = JsonOut.to(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("entries");
      for (Entry e : entries) {
        EntryCodec.write(g, e);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
