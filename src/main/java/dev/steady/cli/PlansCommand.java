package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.breath.Pace;
import dev.steady.breath.Plan;
import dev.steady.breath.PlanLibrary;
import dev.steady.breath.Schedule;
import dev.steady.breath.SessionOptions;
import dev.steady.breath.Segment;
import dev.steady.breath.Note;
import dev.steady.json.JsonOut;
import dev.steady.time.DurationText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "plans",
    description = "List the breathing plans: the bundled ones and your own (which shadow a bundled plan of the same name).",
    mixinStandardHelpOptions = true,
    subcommands = PlansCommand.Show.class)
final class PlansCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--json", description = "Print the list as JSON.")
  boolean json;

  PlansCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PlanLibrary.Entry> entries = new PlanLibrary(home.places(context).plansDir()).all();
    for (PlanLibrary.Entry e : entries) {
      if (e.problem() != null) {
        err.println("steady: plan " + e.name() + " is broken: " + e.problem().getMessage());
      }
    }
    List<PlanLibrary.Entry> good = entries.stream().filter(e -> e.plan() != null).toList();
    if (json) {
      writeJson(out, good);
      return 0;
    }
    int width = good.stream().mapToInt(e -> e.name().length()).max().orElse(4);
    for (PlanLibrary.Entry e : good) {
      Plan p = e.plan();
      out.printf(
          Locale.ROOT,
          "%-" + width + "s  %6s  %-8s %s%s%n",
          e.name(),
          DurationText.format(p.duration()),
          pace(p),
          p.title(),
          e.bundled() ? "" : " (yours)");
    }
    return 0;
  }

  /** "6 bpm", "9→6 bpm", or "4-7-8" style for patterns with holds. */
  static String pace(Plan p) {
    Pace first = p.segments().get(0).pace();
    if (first instanceof Pace.Glide g) {
      return DurationText.trim(g.fromBpm()) + "→" + DurationText.trim(g.toBpm()) + " bpm";
    }
    double last = p.segments().get(p.segments().size() - 1).pace().breathAt(1).bpm();
    double start = p.startBpm();
    return Math.abs(start - last) < 0.01
        ? DurationText.trim(start) + " bpm"
        : DurationText.trim(start) + "→" + DurationText.trim(last) + " bpm";
  }

  private static void writeJson(PrintWriter out, List<PlanLibrary.Entry> entries) {
    try (JsonGenerator g = JsonOut.to(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("plans");
      for (PlanLibrary.Entry e : entries) {
        Plan p = e.plan();
        Schedule s = Schedule.of(p, SessionOptions.PLAN_AS_WRITTEN);
        g.writeStartObject();
        g.writeStringField("name", e.name());
        g.writeStringField("title", p.title());
        g.writeStringField("description", p.description());
        g.writeNumberField("seconds", p.duration().toSeconds());
        g.writeNumberField("bpm", Math.round(p.startBpm() * 100) / 100.0);
        g.writeNumberField("breaths", s.breaths());
        g.writeBooleanField("bundled", e.bundled());
        g.writeStringField("source", p.origin());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    out.println();
  }

  @Command(name = "show", description = "Print one plan: its description, segments, prompts and notes.",
      mixinStandardHelpOptions = true)
  static final class Show implements Callable<Integer> {
    private final Context context;

    @Spec CommandSpec spec;
    @Mixin HomeOption home;

    @Parameters(paramLabel = "NAME", description = "A plan name or a path to a plan file.")
    String name;

    Show(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Plan p = new PlanLibrary(home.places(context).plansDir()).find(name);
      Schedule s = Schedule.of(p, SessionOptions.PLAN_AS_WRITTEN);
      out.println(p.name() + ": " + p.title());
      if (!p.description().isEmpty()) {
        out.println(p.description());
      }
      out.println();
      out.println("duration " + DurationText.format(p.duration()) + ", " + s.breaths() + " breaths, " + pace(p));
      for (Segment seg : p.segments()) {
        out.println("  " + DurationText.format(seg.length()) + "  " + describe(seg.pace()));
        out.println("      in: " + seg.prompts().inhale() + " / out: " + seg.prompts().exhale());
      }
      for (Note n : p.notes()) {
        out.println("  at " + DurationText.clock(n.at()) + ": " + n.text());
      }
      out.println("source: " + p.origin());
      return 0;
    }

    private static String describe(Pace pace) {
      if (pace instanceof Pace.Glide g) {
        return "glide from " + DurationText.trim(g.fromBpm()) + " to " + DurationText.trim(g.toBpm()) + " bpm, ratio " + ratio(g.ratio());
      }
      if (pace instanceof Pace.Steady st) {
        return DurationText.trim(st.bpm()) + " bpm, ratio " + ratio(st.ratio());
      }
      var p = pace.breathAt(0);
      return "in " + DurationText.trim(p.inhale()) + "s, hold " + DurationText.trim(p.holdIn()) + "s, out "
          + DurationText.trim(p.exhale()) + "s, hold " + DurationText.trim(p.holdOut()) + "s ("
          + DurationText.trim(p.bpm()) + " bpm)";
    }

    private static String ratio(dev.steady.breath.Ratio r) {
      String base = DurationText.trim(r.inhale()) + ":" + DurationText.trim(r.exhale());
      return r.holdIn() == 0 && r.holdOut() == 0 ? base
          : DurationText.trim(r.inhale()) + ":" + DurationText.trim(r.holdIn()) + ":" + DurationText.trim(r.exhale()) + ":" + DurationText.trim(r.holdOut());
    }
  }
}
