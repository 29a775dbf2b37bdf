package dev.steady.cli;

import dev.steady.config.SettingsFile;
import dev.steady.habit.Settings;
import dev.steady.habit.Words;
import dev.steady.imports.HarshFiles;
import dev.steady.imports.History;
import dev.steady.imports.ImportPlan;
import dev.steady.imports.LoopExport;
import dev.steady.store.LogContents;
import dev.steady.store.LogFile;
import dev.steady.sync.Merging;
import dev.steady.term.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    description = {
      "Bring history from another habit tracker: loop reads Loop Habit Tracker's CSV export (the zip, or the"
          + " folder it unpacks to); harsh reads harsh's folder (its habits and log files).",
      "Each of its habits goes to the steady habit of the same name (as an id: \"Walk 30 min\" is walk-30-min),"
          + " or the one --map names; the rest become new habits of the nearest kind. Without --yes it only"
          + " shows what it would do. Importing the same history again adds nothing."
    },
    mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
  /** The trackers steady reads, each with its reader. */
  enum Tool {
    loop(LoopExport::read),
    harsh(HarshFiles::read);

    final Function<Path, History> reader;

    Tool(Function<Path, History> reader) {
      this.reader = reader;
    }
  }

  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "loop|harsh", description = "The tracker: ${COMPLETION-CANDIDATES}.")
  Tool tool;

  @Parameters(index = "1", paramLabel = "PATH", description = "Loop's export (zip or folder), or harsh's folder.")
  Path path;

  @Option(names = "--map", paramLabel = "OLD=NEW", description = "Send the tracker's habit OLD (its name) to steady's habit NEW.")
  Map<String, String> map = new LinkedHashMap<>();

  @Option(names = "--yes", description = "Write the entries to the log and the new habits to config.json.")
  boolean yes;

  ImportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Today today = Today.of(home, context);
    History history = tool.reader.apply(path);
    Settings settings = today.settings();
    ImportPlan plan = ImportPlan.of(history, settings, map, context.clock().getZone());
    LogFile log = today.log();
    LogContents imported = new LogContents(plan.entries(), List.of());
    long fresh = Merging.into(log, imported, true).added().size();

    PrintWriter out = spec.commandLine().getOut();
    out.println("from " + history.tool() + " (" + TerminalText.escape(history.source()) + "):");
    for (ImportPlan.Route r : plan.routes()) {
      String to = r.to().id() + (r.isNew() ? " (new: " + r.to().kind() + ", " + r.to().targetText() + ")" : "");
      out.println("  " + "\"" + TerminalText.escape(r.from()) + "\"" + " -> " + to + ": " + Words.plural(r.entries(), "entry", "entries"));
    }
    plan.skipped().forEach((why, n) -> out.println("  skipped " + n + ": " + TerminalText.escape(why)));
    if (!yes) {
      int all = plan.entries().size();
      out.println(fresh + " of " + Words.plural(all, "entry", "entries") + (fresh == 1 || all == 1 ? " is" : " are")
          + " new to the log"
          + (plan.newHabits().isEmpty() ? "" : " and " + Words.plural(plan.newHabits().size(), "habit") + " new to config.json")
          + "; nothing written: run again with --yes to write them");
      return 0;
    }
    if (!plan.newHabits().isEmpty()) {
      SettingsFile.addHabits(today.places().configFile(), plan.newHabits());
    }
    int added = Merging.into(log, imported, false).added().size();
    out.println("added " + added + " of " + Words.plural(plan.entries().size(), "entry", "entries") + " to the log"
        + (plan.newHabits().isEmpty() ? "" : " and " + Words.plural(plan.newHabits().size(), "habit") + " to config.json"));
    return 0;
  }
}
