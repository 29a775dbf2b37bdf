package dev.steady.cli;

import dev.steady.term.TerminalText;
import dev.steady.failure.Failure;
import dev.steady.store.LogFile;
import dev.steady.sync.ConflictCopies;
import dev.steady.sync.LogMerge;
import dev.steady.sync.Merging;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Before a command that uses the log: the conflict copies a synced folder left beside it are merged into it
 * and removed, each with one line on stderr; a copy that does not merge (it does not parse, is of a newer
 * version, cannot be read) is left where it is and named, and the command goes on. With no copy this costs
 * one listing of the log's folder.
 */
final class SyncedCopies {
  private SyncedCopies() {}

  /**
   * Picks up the copies beside the log of the command {@code parsed} runs, if it has a {@code --home}; not for
   * {@code merge}, which may be merging one of them by hand (or, as git's driver, is not about the home's log).
   */
  static void beforeCommand(CommandLine.ParseResult parsed, Context context) {
    CommandLine.ParseResult last = parsed;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    CommandLine.Model.CommandSpec mixin = last.commandSpec().mixins().get("home");
    if (mixin == null || !(mixin.userObject() instanceof HomeOption home) || last.isUsageHelpRequested()
        || last.isVersionHelpRequested() || last.commandSpec().name().equals("merge")) {
      return;
    }
    absorb(home.places(context).logFile(), last.commandSpec().commandLine().getErr());
  }

  static void absorb(Path log, PrintWriter err) {
    for (Path copy : ConflictCopies.beside(log)) {
      String name = TerminalText.escape(copy.getFileName().toString());
      try {
        LogMerge.Result r = Merging.into(new LogFile(log), LogFile.readCopy(copy).log(), false);
        Files.delete(copy);
        err.println("steady: merged the conflict copy " + name + " into " + log.getFileName() + " ("
            + MergeCommand.summary(r) + ") and removed it");
      } catch (Failure f) {
        err.println("steady: left the conflict copy " + name + " as it is: " + f.getMessage());
      } catch (IOException e) {
        err.println("steady: merged the conflict copy " + name + " but could not remove it (" + e.getMessage() + ")");
      }
    }
  }
}
