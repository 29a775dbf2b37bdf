package dev.steady.cli;

import dev.steady.breath.Pacer;
import dev.steady.breath.ResonanceSteps;
import dev.steady.breath.Schedule;
import dev.steady.breath.SessionOptions;
import dev.steady.breath.SessionResult;
import dev.steady.breath.StopRequest;
import dev.steady.config.PersonalRate;
import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.term.Conversation;
import dev.steady.term.PlainSession;
import dev.steady.term.Questions;
import dev.steady.time.DurationText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "find-rate",
    description = {
      "Find your own resonance rate: a step each at 6.5, 6, 5.5, 5 and 4.5 breaths a minute, rating each"
          + " step's comfort from 1 to 5. The most comfortable rate (of equal comfort, the one nearer 6) is"
          + " saved as personalBpm in config.json; the default plan and resonance then breathe at it.",
      "Keys as in breathe; after each step one key (1 to 5) rates it, or a line in plain mode."
    },
    mixinStandardHelpOptions = true)
final class FindRateCommand implements Callable<Integer> {
  private static final String BREATHE = "breathe";

  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--ratings", split = ",", paramLabel = "R,R,R,R,R",
      description = "The five steps' comfort, 1 to 5, given up front (for scripts): e.g. 4,5,5,3,2.")
  List<Integer> ratings;

  @Option(names = "--step", paramLabel = "D", defaultValue = "2m", description = "Each step's length, 10s to 60m. Default: ${DEFAULT-VALUE}.")
  Duration step;

  @Option(names = "--show", description = "Print the saved rate and when and how it was found, and run nothing.")
  boolean show;

  @Option(names = "--plain", description = "One line a phase, no animation (also the screen-reader mode).")
  boolean plain;

  FindRateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Today today = Today.of(home, context);
    PrintWriter out = spec.commandLine().getOut();
    if (show) {
      out.println(shown(today));
      return 0;
    }
    check();
    Breathing breathing = new Breathing(context, plain, false, out);
    List<Integer> comfort = new ArrayList<>();
    List<SessionResult> steps = new ArrayList<>();
    // one stop for the whole protocol: once asked for, no later step starts
    StopRequest stop = new StopRequest();
    try (StopSignals ignored = StopSignals.stop(stop)) {
      for (int i = 0; i < ResonanceSteps.RATES.size() && !stop.requested(); i++) {
        Pacer pacer = new Pacer(Schedule.of(ResonanceSteps.step(i, step), SessionOptions.PLAN_AS_WRITTEN), context.time());
        Step talk = new Step(i, stop);
        SessionResult result = breathing.run(pacer, stop, talk);
        steps.add(result);
        comfort.add(talk.comfort);
      }
      return finish(today, out, steps, comfort, stop);
    }
  }

  private int finish(Today today, PrintWriter out, List<SessionResult> steps, List<Integer> comfort, StopRequest stop) {
    boolean complete = steps.size() == ResonanceSteps.RATES.size() && steps.get(steps.size() - 1).completed();
    record(today.later(context), steps, comfort, complete);
    Double chosen = complete ? ResonanceSteps.choose(comfort) : null;
    if (chosen == null) {
      out.println(
          complete
              ? "No step was rated, so no rate was saved."
              : "Stopped before the last step: no rate was saved. 'steady find-rate' runs the steps again.");
    } else {
      PersonalRate.save(today.places().configFile(), chosen);
      out.println(
          "Your most comfortable rate: " + DurationText.trim(chosen) + " breaths a minute. Saved as personalBpm;"
              + " the default plan and resonance now breathe at it (--bpm still overrides).");
    }
    out.flush();
    return StopSignals.exitCode(stop, complete);
  }

  private void check() {
    if (ratings != null) {
      if (ratings.size() != ResonanceSteps.RATES.size()) {
        throw Failure.usage("--ratings: expected 5 ratings, one a step, found " + ratings.size());
      }
      for (int r : ratings) {
        if (r < 1 || r > Amount.StepRating.COMFORT_MAX) {
          throw Failure.usage("--ratings: expected each rating from 1 to 5, found " + r);
        }
      }
    }
    if (step.compareTo(SessionOptions.MIN_DURATION) < 0 || step.compareTo(SessionOptions.MAX_DURATION) > 0) {
      throw Failure.usage("--step: expected between 10s and 60m, found " + DurationText.format(step));
    }
  }

  /** One step's rating, asked (or taken from --ratings) as soon as it is over. */
  private final class Step implements Conversation {
    private final int index;
    private final StopRequest stop;
    Integer comfort;

    Step(int index, StopRequest stop) {
      this.index = index;
      this.stop = stop;
    }

    @Override
    public void before(Questions ask) {}

    @Override
    public String after(SessionResult r, Questions ask) {
      stop.detach();
      String rate = DurationText.trim(ResonanceSteps.RATES.get(index));
      if (ratings != null) {
        comfort = ratings.get(index);
      } else if (r.completed()) {
        comfort = ask.rating("How comfortable was " + rate + " breaths a minute, 1 to 5?", Amount.StepRating.COMFORT_MAX);
      }
      return "step " + (index + 1) + " of " + ResonanceSteps.RATES.size() + ": " + PlainSession.summary(r, null)
          + (comfort == null ? "" : "; comfort " + comfort);
    }
  }

  /** One session entry for the whole protocol, the ratings kept with it; it counts toward breathe as any. */
  private static void record(Today now, List<SessionResult> steps, List<Integer> comfort, boolean complete) {
    int breaths = steps.stream().mapToInt(SessionResult::breaths).sum();
    double seconds = Math.round(steps.stream().mapToDouble(SessionResult::seconds).sum() * 10) / 10.0;
    if (seconds <= 0) {
      return;
    }
    double breathing = steps.stream().filter(s -> s.bpm() > 0).mapToDouble(s -> s.breaths() * 60 / s.bpm()).sum();
    double bpm = breathing == 0 ? 0 : Math.round(breaths * 60 / breathing * 100) / 100.0;
    List<Amount.StepRating> rated = new ArrayList<>();
    for (int i = 0; i < comfort.size(); i++) {
      if (comfort.get(i) != null) {
        rated.add(new Amount.StepRating(ResonanceSteps.RATES.get(i), comfort.get(i)));
      }
    }
    now.log().append(
        now.entry(
            BREATHE,
            now.date(),
            new Amount.Session(ResonanceSteps.PLAN, complete, breaths, seconds, bpm, null, null, rated),
            null));
  }

  /** The saved rate, and the find-rate session that chose it when the log still holds it. */
  private static String shown(Today today) {
    Double saved = today.settings().personalBpm();
    if (saved == null) {
      return "No personal rate yet: sessions breathe at their plans' own rates. 'steady find-rate' finds yours"
          + " (five steps of 2 minutes).";
    }
    String rate = "personalBpm " + DurationText.trim(saved) + " breaths a minute";
    List<Entry> entries = today.entries();
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      Optional<Amount.Session> found = e.amount().session()
          .filter(s -> ResonanceSteps.PLAN.equals(s.plan()) && s.completed() && !s.ratings().isEmpty());
      if (found.isPresent()) {
        Amount.Session s = found.get();
        List<Integer> comfort = new ArrayList<>();
        ResonanceSteps.RATES.forEach(r -> comfort.add(
            s.ratings().stream().filter(x -> x.bpm() == r).map(Amount.StepRating::comfort).findFirst().orElse(null)));
        if (saved.equals(ResonanceSteps.choose(comfort))) {
          return rate + ", found on " + e.date() + " by find-rate: comfort "
              + s.ratings().stream()
                  .map(x -> DurationText.trim(x.bpm()) + " bpm " + x.comfort())
                  .collect(Collectors.joining(", "))
              + " (1 to 5; the most comfortable wins, ties go nearer 6).";
        }
      }
    }
    return rate + ", set in " + today.places().configFile() + " (no find-rate session in the log chose it).";
  }
}
