package dev.steady.cli;

import dev.steady.breath.Pacer;
import dev.steady.breath.Plan;
import dev.steady.breath.PlanLibrary;
import dev.steady.breath.Ratio;
import dev.steady.breath.Schedule;
import dev.steady.breath.SessionOptions;
import dev.steady.breath.SessionResult;
import dev.steady.breath.StopRequest;
import dev.steady.config.Places;
import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.HabitStatus;
import dev.steady.habit.StreakEngine;
import dev.steady.term.AnimatedSession;
import dev.steady.term.PlainSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "breathe",
    description = {
      "Run a paced breathing session. Space or p pauses, q or Esc stops (the time so far still counts),"
          + " Ctrl-C stops with status 130.",
      "Plain lines instead of the animation with --plain, or whenever output is not a terminal."
    },
    mixinStandardHelpOptions = true)
final class BreatheCommand implements Callable<Integer> {
  /** The habit that sessions count toward. */
  private static final String BREATHE = "breathe";

  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN", defaultValue = "resonance",
      description = "A plan name (see 'steady plans') or a path to a plan file. Default: ${DEFAULT-VALUE}.")
  String plan;

  @Option(names = "--bpm", paramLabel = "N", description = "Breaths a minute, 2 to 20 (replaces the plan's pace).")
  Double bpm;

  @Option(names = "--ratio", paramLabel = "I:E", description = "In:out proportions such as 4:6, or I:H:E:H with holds.")
  String ratio;

  @Option(names = "--duration", paramLabel = "D", description = "Session length, 10s to 60m, e.g. 3m or 2m30s.")
  Duration duration;

  @Option(names = "--plain", description = "One line a phase, no animation (also the screen-reader mode).")
  boolean plain;

  @Option(names = "--bell", description = "Ring the terminal bell as each phase starts.")
  boolean bell;

  @Option(names = "--no-log", description = "Do not record this session in the log.")
  boolean noLog;

  @Option(names = "--json", description = "Print the summary as JSON on stdout (phase lines go to stderr).")
  boolean json;

  /** Whether the session is over and its record was attempted. */
  private boolean finished;

  BreatheCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    SessionOptions options = options();
    Places places = home.places(context);
    Plan chosen = new PlanLibrary(places.plansDir()).find(plan);
    Schedule schedule = Schedule.of(chosen, options);
    // read before the session, so a broken config fails now rather than after the breathing
    Today today = noLog ? null : Today.of(home, context);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter phases = json ? spec.commandLine().getErr() : out;

    Pacer pacer = new Pacer(schedule, context.time());
    StopRequest stop = new StopRequest();
    SessionResult result;
    Function<SessionResult, String> afterwards = r -> PlainSession.summary(r, finish(stop, today, r));
    // Ctrl-C, SIGTERM and SIGHUP stop the session until it is recorded; a second one changes nothing
    try (StopSignals ignored = StopSignals.stop(stop)) {
      try {
        if (plain || !context.terminal()) {
          PlainSession session = new PlainSession(phases);
          result = context.input().isKeyboard() ? session.runWithKeys(pacer, stop) : session.run(pacer, stop);
          phases.println(afterwards.apply(result));
        } else {
          result = AnimatedSession.run(pacer, stop, bell, context.colour(), phases, afterwards);
        }
      } catch (RuntimeException e) {
        keepWhatWasBreathed(stop, today, pacer, e);
        throw e;
      }
    }
    phases.flush();
    if (json) {
      printJson(out, result);
    }
    return result.completed() ? 0 : exitCode(stop.reason());
  }

  private static int exitCode(StopRequest.Reason reason) {
    if (reason == null) {
      return 0;
    }
    return switch (reason) {
      case KEY -> 0;
      case INTERRUPT -> Failure.INTERRUPTED;
      case HANGUP -> Failure.HUNG_UP;
      case TERMINATE -> Failure.TERMINATED;
    };
  }

  /**
   * A session that failed while it ran (drawing, the terminal: a bug) has restored the terminal by now; the
   * breathing done so far is still recorded as a stopped session, as q would have, unless that already happened.
   */
  private void keepWhatWasBreathed(StopRequest stop, Today today, Pacer pacer, RuntimeException failure) {
    SessionResult sofar = pacer.result(false);
    if (finished || sofar.seconds() == 0) {
      return;
    }
    try {
      finish(stop, today, sofar);
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private SessionOptions options() {
    try {
      Ratio r = ratio == null ? null : Ratio.parse(ratio);
      return new SessionOptions(bpm, r, duration);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw Failure.usage(message.startsWith("--") ? message : "--ratio: " + message);
    }
  }

  /**
   * Records the session once it is over and says where the day's breathing stands with it (null when it is
   * not recorded, or the settings have no breathe habit).
   */
  private HabitStatus finish(StopRequest stop, Today today, SessionResult r) {
    finished = true;
    stop.detach();
    if (noLog) {
      return null;
    }
    Today now = today.later(context);
    if (r.seconds() > 0) {
      record(now, r);
    }
    return StreakEngine.statuses(now.entries(), now.settings(), now.date(), 1).stream()
        .filter(s -> s.habit().id().equals(BREATHE))
        .findFirst()
        .orElse(null);
  }

  /** Records the session for the day it ends in: a session may run past the day's start. */
  private static void record(Today now, SessionResult r) {
    now.log().append(
        now.entry(
            BREATHE,
            now.date(),
            new Amount.Session(r.plan(), r.completed(), r.breaths(), r.seconds(), r.bpm()),
            null));
  }

  private static void printJson(PrintWriter out, SessionResult r) {
    JsonDocument.print(out, g -> {
      g.writeStartObject();
      g.writeStringField("plan", r.plan());
      g.writeBooleanField("completed", r.completed());
      g.writeNumberField("breaths", r.breaths());
      g.writeNumberField("seconds", r.seconds());
      g.writeNumberField("bpm", r.bpm());
      g.writeNumberField("maxLateMs", r.maxLateMs());
      g.writeNumberField("endDriftMs", r.endDriftMs());
      g.writeEndObject();
    });
  }
}
