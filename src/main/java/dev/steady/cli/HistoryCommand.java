package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.habit.Entry;
import dev.steady.habit.EntryId;
import dev.steady.habit.Settings;
import dev.steady.store.EntryCodec;
import dev.steady.time.DateText;
import dev.steady.time.TimeText;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "history",
    description = {
      "The entries, oldest first: by the day they count for, then by when they were recorded.",
      "Each line begins with the start of the entry's id (as much as no other entry shares), which 'steady delete'"
          + " and 'steady edit' take, then the day it counts for and the time it was recorded (in the offset"
          + " it was recorded in)."
    },
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
    Today today = Today.of(home, context);
    Settings settings = today.settings();
    List<Entry> entries = today.entries();
    LocalDate from = since == null ? LocalDate.MIN : Values.date("--since", since, today.date());
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
      JsonDocument.print(out, g -> {
        g.writeStartObject();
        g.writeArrayFieldStart("entries");
        for (Entry e : shown) {
          EntryCodec.write(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
      });
    } else if (shown.isEmpty()) {
      spec.commandLine().getErr().println("steady: no entries" + (entries.isEmpty() ? " yet" : " match"));
    } else {
      // prefixes unique in the whole log, so that one names its entry whatever the filters
      Map<String, String> ids = EntryId.shortest(entries);
      Table.print(
          out,
          shown.stream()
              .map(e -> List.of(ids.get(e.id()), e.date() + " " + DateText.weekday(e.date()),
                  TimeText.format(e.recordedAt().toLocalTime()), e.habit(), EntryText.details(e)))
              .toList());
    }
    return 0;
  }
}
