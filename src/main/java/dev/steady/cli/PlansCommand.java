package dev.steady.cli;

import dev.steady.breath.Note;
import dev.steady.breath.Pace;
import dev.steady.breath.Pattern;
import dev.steady.breath.PhaseKind;
import dev.steady.breath.Plan;
import dev.steady.breath.PlanLibrary;
import dev.steady.breath.PlanReader;
import dev.steady.breath.PlanWriter;
import dev.steady.breath.Ratio;
import dev.steady.breath.Schedule;
import dev.steady.breath.Segment;
import dev.steady.breath.SessionOptions;
import dev.steady.failure.Failure;
import dev.steady.habit.Words;
import dev.steady.json.Json;
import dev.steady.json.JsonOut;
import dev.steady.store.AtomicFile;
import dev.steady.term.TerminalText;
import dev.steady.time.DurationText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "plans",
    description =
        "List the breathing plans: the bundled ones and your own (which shadow a bundled plan of the same name).",
    mixinStandardHelpOptions = true,
    subcommands = {PlansCommand.Show.class, PlansCommand.Save.class})
final class PlansCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--json", description = "Print the list as JSON.")
  boolean json;

  PlansCommand(Context context) {
    this.context = context;
  }

  private PlanLibrary library() {
    return new PlanLibrary(home.places(context).plansDir());
  }

  /** Lists what can be read; a broken plan of the user's is reported on stderr and does not stop the list. */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PlanLibrary.Entry> entries = library().all();
    for (PlanLibrary.Entry e : entries) {
      if (e.problem() != null) {
        err.println(TerminalText.escape("steady: plan " + e.name() + " is broken: " + e.problem().getMessage()));
      }
    }
    List<PlanLibrary.Entry> good = entries.stream().filter(e -> e.plan() != null).toList();
    if (json) {
      writeJson(out, good);
      return 0;
    }
    int nameWidth = width(good.stream().map(e -> TerminalText.escape(e.name())).toList());
    int lengthWidth = width(good.stream().map(e -> DurationText.format(e.plan().duration())).toList());
    int paceWidth = width(good.stream().map(e -> pace(e.plan())).toList());
    for (PlanLibrary.Entry e : good) {
      Plan p = e.plan();
      out.printf(
          Locale.ROOT,
          "%-" + nameWidth + "s  %" + lengthWidth + "s  %-" + paceWidth + "s  %s%s%n",
          TerminalText.escape(e.name()),
          DurationText.format(p.duration()),
          pace(p),
          TerminalText.escape(p.title()),
          e.bundled() ? "" : " (yours)");
    }
    return 0;
  }

  private static int width(List<String> column) {
    return column.stream().mapToInt(String::length).max().orElse(1);
  }

  /** "6 bpm", or "9→6 bpm" for a plan whose rate changes. */
  static String pace(Plan p) {
    double start = p.startBpm();
    double end = p.endBpm();
    return Math.abs(start - end) < 0.01
        ? DurationText.trim(start) + " bpm"
        : DurationText.trim(start) + "→" + DurationText.trim(end) + " bpm";
  }

  private static void writeJson(PrintWriter out, List<PlanLibrary.Entry> entries) {
    JsonDocument.print(out, g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("plans");
      for (PlanLibrary.Entry e : entries) {
        Plan p = e.plan();
        g.writeStartObject();
        g.writeStringField("name", e.name());
        g.writeStringField("title", p.title());
        g.writeStringField("description", p.description());
        g.writeNumberField("seconds", p.duration().toSeconds());
        g.writeNumberField("bpm", Math.round(p.startBpm() * 100) / 100.0);
        g.writeNumberField("breaths", Schedule.of(p, SessionOptions.PLAN_AS_WRITTEN).breaths());
        g.writeBooleanField("bundled", e.bundled());
        g.writeStringField("source", p.origin());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  @Command(
      name = "show",
      description = "Print one plan: its description, segments, prompts and notes.",
      mixinStandardHelpOptions = true)
  static final class Show implements Callable<Integer> {
    private final Context context;

    @Spec CommandSpec spec;
    @Mixin HomeOption home;
    @ParentCommand PlansCommand parent;

    @Parameters(paramLabel = "NAME", description = "A plan name or a path to a plan file.")
    String name;

    Show(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      // --home may be given before "show" (to plans) or after it
      PlanLibrary library = home.home == null ? parent.library() : new PlanLibrary(home.places(context).plansDir());
      Plan p = library.find(name);
      Schedule s = Schedule.of(p, SessionOptions.PLAN_AS_WRITTEN);
      out.println(TerminalText.escape(p.name() + ": " + p.title()));
      if (!p.description().isEmpty()) {
        out.println(TerminalText.escape(p.description()));
      }
      out.println();
      out.println("duration " + DurationText.format(p.duration()) + ", " + Words.plural(s.breaths(), "breath") + ", " + pace(p));
      for (Segment seg : p.segments()) {
        out.println("  " + DurationText.format(seg.length()) + "  " + describe(seg.pace()));
        Pattern first = seg.pace().breathAt(0);
        for (PhaseKind kind : PhaseKind.values()) {
          if (first.length(kind) > 0) {
            out.printf(Locale.ROOT, "      %-6s  %s%n", kind.word(), TerminalText.escape(seg.prompts().forPhase(kind)));
          }
        }
      }
      for (Note n : p.notes()) {
        out.println("  at " + DurationText.clock(n.at()) + "  " + TerminalText.escape(n.text()));
      }
      out.println("source: " + TerminalText.escape(p.origin()));
      return 0;
    }

    private static String describe(Pace pace) {
      if (pace instanceof Pace.Glide g) {
        return "glide from " + DurationText.trim(g.fromBpm()) + " to " + DurationText.trim(g.toBpm())
            + " bpm, ratio " + g.ratio().text();
      }
      if (pace instanceof Pace.Steady st) {
        return DurationText.trim(st.bpm()) + " bpm, ratio " + st.ratio().text();
      }
      Pattern p = pace.breathAt(0);
      return "in " + DurationText.trim(p.inhale()) + "s, hold " + DurationText.trim(p.holdIn()) + "s, out "
          + DurationText.trim(p.exhale()) + "s, hold " + DurationText.trim(p.holdOut()) + "s ("
          + DurationText.trim(p.bpm()) + " bpm)";
    }

  }

  @Command(
      name = "save",
      description = {
        "Write what was tried as a plan of your own: a plan (--from, default resonance) with --bpm, --ratio and"
            + " --duration applied, saved as NAME.json in your plans folder (replacing your plan of that name).",
        "Then 'steady breathe NAME' runs it."
      },
      mixinStandardHelpOptions = true)
  static final class Save implements Callable<Integer> {
    /** A name that stays a file in the plans folder: no separators, no dot files, no "..". */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final Context context;

    @Spec CommandSpec spec;
    @Mixin HomeOption home;
    @ParentCommand PlansCommand parent;

    @Parameters(paramLabel = "NAME", description = "The new plan's name: letters, digits, - and _.")
    String name;

    @Option(names = "--from", paramLabel = "PLAN", defaultValue = "resonance", description = "The plan to start from. Default: ${DEFAULT-VALUE}.")
    String from;

    @Option(names = "--bpm", paramLabel = "N", description = "Breaths a minute, 2 to 20.")
    Double bpm;

    @Option(names = "--ratio", paramLabel = "I:E", description = "In:out proportions such as 4:6, or I:H:E:H with holds.")
    String ratio;

    @Option(names = "--duration", paramLabel = "D", description = "The plan's length, 10s to 60m.")
    java.time.Duration duration;

    Save(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      if (!NAME.matcher(name).matches()) {
        throw Failure.usage(
            "plans save: \"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(name)) + "\" is not a plan name: use letters, digits, - and _ (it becomes"
                + " NAME.json in your plans folder)");
      }
      SessionOptions options = BreatheCommand.sessionOptions(bpm, ratio, duration);
      java.nio.file.Path dir = (home.home == null ? parent.home : home).places(context).plansDir();
      Plan source = new PlanLibrary(dir).find(from);
      String text = PlanWriter.write(source, options, source.title() + " (" + name + ")", tried(source));
      // what is written must read back as a plan, or nothing is written
      PlanReader.read(name, Json.read(text.getBytes(StandardCharsets.UTF_8), name + ".json"));
      java.nio.file.Path file = dir.resolve(name + ".json");
      boolean replacing = Files.exists(file);
      try {
        Files.createDirectories(dir, AtomicFile.OWNER_ONLY_FOLDER);
        AtomicFile.replace(file, text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw Failure.io(file + ": cannot write the plan (" + e.getMessage() + ")", e);
      }
      spec.commandLine().getOut().println((replacing ? "replaced " : "saved ") + file + "; 'steady breathe " + name + "' runs it");
      return 0;
    }

    private String tried(Plan source) {
      StringBuilder s = new StringBuilder("Saved from " + source.name());
      if (bpm != null) {
        s.append(" at ").append(DurationText.trim(bpm)).append(" breaths a minute");
      }
      if (ratio != null) {
        s.append(", ratio ").append(ratio.strip());
      }
      if (duration != null) {
        s.append(", ").append(DurationText.format(duration));
      }
      return s.append(". ").append(source.description()).toString().strip();
    }
  }
}
