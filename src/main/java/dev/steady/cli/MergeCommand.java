package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.habit.Entry;
import dev.steady.habit.Words;
import dev.steady.store.EntryCodec;
import dev.steady.store.LogFile;
import dev.steady.sync.LogMerge;
import dev.steady.sync.Merging;
import dev.steady.term.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "merge",
    description = {
      "Merge another copy of the log (from another machine, a backup, or steady export --json) into this one:"
          + " entries are matched by id, a deleted entry never comes back, and of two entries with one id and"
          + " different content the one recorded later wins and is reported. Merging twice changes nothing.",
      "An export's settings become config.json when there is none yet (a fresh home).",
      "--driver BASE OURS THEIRS is git's merge driver for log.json: it writes the merge over OURS."
    },
    mixinStandardHelpOptions = true)
final class MergeCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The other copy of the log, or an export.")
  Path file;

  @Option(names = "--dry-run", description = "Say what merging would do, and write nothing.")
  boolean dryRun;

  @Option(names = "--json", description = "Print what was merged as JSON.")
  boolean json;

  @Option(names = "--driver", arity = "3", paramLabel = "FILE", description = "As git's merge driver: BASE OURS THEIRS (%%O %%A %%B).")
  List<Path> driver;

  MergeCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if ((driver == null) == (file == null)) {
      throw Failure.usage("merge takes FILE, or --driver BASE OURS THEIRS (see 'steady merge --help')");
    }
    if (driver != null) {
      Merging.driver(driver.get(0), driver.get(1), driver.get(2));
      return 0;
    }
    var places = home.places(context);
    LogFile.Copy theirs = LogFile.readCopy(file);
    LogMerge.Result r = Merging.into(new LogFile(places.logFile()), theirs.log(), dryRun);
    boolean settings = Merging.settingsIfNone(places.configFile(), theirs.settings(), file.toString(), dryRun);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonDocument.print(out, g -> {
        g.writeStartObject();
        g.writeStringField("file", file.toString());
        g.writeBooleanField("dryRun", dryRun);
        g.writeNumberField("added", r.added().size());
        g.writeNumberField("removed", r.removed().size());
        g.writeNumberField("newTombstones", r.newTombstones());
        g.writeArrayFieldStart("conflicts");
        for (LogMerge.Conflict c : r.conflicts()) {
          g.writeStartObject();
          g.writeStringField("id", c.kept().id());
          g.writeFieldName("kept");
          EntryCodec.write(g, c.kept());
          g.writeFieldName("dropped");
          EntryCodec.write(g, c.dropped());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("settings", settings);
        g.writeEndObject();
      });
      return 0;
    }
    String verb = dryRun ? "would merge " : "merged ";
    out.println(verb + TerminalText.escape(file.toString()) + " into the log: " + summary(r));
    for (LogMerge.Conflict c : r.conflicts()) {
      out.println("  conflict " + TerminalText.escape(c.kept().id()) + ": kept " + describe(c.kept()) + ", dropped "
          + describe(c.dropped()));
    }
    if (settings) {
      out.println((dryRun ? "would write " : "wrote ") + places.configFile() + " from its settings");
    }
    if (dryRun) {
      out.println("nothing written (--dry-run)");
    }
    return 0;
  }

  /** What a merge did in numbers: {@code 3 added, 1 removed, 1 conflict}. */
  static String summary(LogMerge.Result r) {
    return r.added().size() + " added, " + r.removed().size() + " removed, " + Words.plural(r.conflicts().size(), "conflict");
  }

  private static String describe(Entry e) {
    return TerminalText.escape(EntryText.describe(e)) + " for " + e.date() + " recorded " + e.recordedAt();
  }
}
