package dev.steady.cli;

import dev.steady.habit.Entry;
import dev.steady.time.DateText;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "undo",
    description = {
      "Remove the most recent entry (the one recorded last, whatever day it counts for) and print it.",
      "It leaves a tombstone in the log, so that merging another copy of the log does not bring it back.",
      "To remove or correct any other entry, see 'steady delete' and 'steady edit'.",
      "With nothing to undo it says so on stderr and exits 0."
    },
    mixinStandardHelpOptions = true)
final class UndoCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  UndoCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Today today = Today.of(home, context);
    // a missing log stays missing: nothing is created until the first entry
    Optional<Entry> removed =
        Files.exists(today.places().logFile()) ? today.log().removeLast(today.recordedAt()) : Optional.empty();
    if (removed.isEmpty()) {
      spec.commandLine().getErr().println("steady: nothing to undo: the log has no entries");
      return 0;
    }
    Entry e = removed.get();
    String day = DateText.relative(e.date(), today.date());
    spec.commandLine().getOut().println("removed " + EntryText.describe(e) + " for " + day);
    return 0;
  }
}
