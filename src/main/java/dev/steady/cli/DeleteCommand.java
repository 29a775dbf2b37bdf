package dev.steady.cli;

import dev.steady.habit.Entry;
import dev.steady.habit.EntryId;
import dev.steady.store.LogFile;
import dev.steady.time.DateText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "delete",
    description = {
      "Remove entries by their ids, as 'steady history' shows them (a prefix no other entry shares is enough),"
          + " and print what was removed.",
      "Each leaves a tombstone in the log, so that merging another copy of the log does not bring it back.",
      "When any ID names no entry, or more than one, nothing is removed (exit 2)."
    },
    mixinStandardHelpOptions = true)
final class DeleteCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "An entry's id, or the start of it.")
  List<String> ids = new ArrayList<>();

  DeleteCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Today today = Today.of(home, context);
    List<Entry> removed =
        today.log().change(
            log -> {
              Set<Entry> found = new LinkedHashSet<>();
              for (String id : ids) {
                found.add(EntryId.find(log.entries(), log.deleted(), id));
              }
              return new LogFile.Change<>(log.minus(found, today.recordedAt()), List.copyOf(found));
            });
    PrintWriter out = spec.commandLine().getOut();
    for (Entry e : removed) {
      out.println("deleted " + EntryText.describe(e) + " for " + DateText.relative(e.date(), today.date()));
    }
    return 0;
  }
}
