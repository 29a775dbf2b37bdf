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
import dev.steady.habit.Words;
import dev.steady.program.DayRecord;
import dev.steady.program.Programme;
import dev.steady.program.ProgrammeDay;
import dev.steady.program.ProgrammeStatus;
import dev.steady.sound.Speaker;
import dev.steady.sound.WavGuide;
import dev.steady.term.Conversation;
import dev.steady.term.PlainSession;
import dev.steady.term.Questions;
import dev.steady.time.DurationText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.Optional;
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
  /** The default plan, which (like itself by name) breathes at the person's own rate once find-rate found it. */
  private static final String DEFAULT_PLAN = "resonance";
  private static final String CALM_QUESTION = "How calm do you feel, 1 to 10?";

  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN",
      description = "A plan name (see 'steady plans') or a path to a plan file. Default: " + DEFAULT_PLAN
          + ", or the day's plan and length while the seven-day programme runs (see 'steady program').")
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

  @Option(names = "--sound", description = "Play a soft tone as each phase starts (rising in, falling out, a chime for a hold).")
  boolean sound;

  @Option(names = "--wav", paramLabel = "FILE", description = "Write the session's guide tones as a WAV file, without running the session.")
  Path wav;

  @Option(names = "--calm", description = "Ask how calm you feel, 1 to 10, before and after the session.")
  boolean calm;

  @Option(names = "--before", paramLabel = "N", description = "Your calm before the session, 1 to 10 (for scripts).")
  Integer before;

  @Option(names = "--after", paramLabel = "N", description = "Your calm after the session, 1 to 10 (for scripts).")
  Integer after;

  /** Whether the session is over and its record was attempted. */
  private boolean finished;

  BreatheCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    // read before the session, so a broken config fails now rather than after the breathing
    Today today = Today.of(home, context);
    Optional<ProgrammeDay> day = plan == null && bpm == null ? programmeDay(today) : Optional.empty();
    String name = plan != null ? plan : day.map(ProgrammeDay::plan).orElse(DEFAULT_PLAN);
    SessionOptions options = options(name, day.map(ProgrammeDay::length).orElse(null), today.settings().personalBpm());
    Places places = today.places();
    Plan chosen = new PlanLibrary(places.plansDir()).find(name);
    Schedule schedule = Schedule.of(chosen, options);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter phases = json ? spec.commandLine().getErr() : out;

    if (wav != null) {
      writeWav(schedule, out);
      return 0;
    }
    Pacer pacer = new Pacer(schedule, context.time());
    StopRequest stop = new StopRequest();
    Talk talk = new Talk(stop, today);
    SessionResult result;
    // Ctrl-C, SIGTERM and SIGHUP stop the session until it is recorded; a second one changes nothing
    try (StopSignals ignored = StopSignals.stop(stop); Speaker speaker = sound ? speaker() : null) {
      if (speaker != null) {
        pacer.onCue(speaker);
      }
      try {
        result = new Breathing(context, plain, bell, phases).run(pacer, stop, talk);
      } catch (RuntimeException e) {
        keepWhatWasBreathed(today, pacer, talk, e);
        throw e;
      }
    }
    phases.flush();
    if (json) {
      printJson(out, result, talk);
    }
    return StopSignals.exitCode(stop, result.completed());
  }

  /**
   * A session that failed while it ran (drawing, the terminal: a bug) has restored the terminal by now; the
   * breathing done so far is still recorded as a stopped session, as q would have, unless that already happened.
   */
  private void keepWhatWasBreathed(Today today, Pacer pacer, Talk talk, RuntimeException failure) {
    SessionResult sofar = pacer.result(false);
    if (finished || sofar.seconds() == 0) {
      return;
    }
    try {
      talk.stop.detach();
      finish(today, sofar, talk.calmBefore, null);
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** The default audio device, or null with a notice: the session then runs silent. */
  private Speaker speaker() {
    Speaker speaker = Speaker.open();
    if (speaker == null) {
      spec.commandLine().getErr().println("steady: no audio device: the session runs silent");
    }
    return speaker;
  }

  /** The session's guide as a WAV file, at once; the session itself does not run and nothing is recorded. */
  private void writeWav(Schedule schedule, PrintWriter out) {
    try (OutputStream file = Files.newOutputStream(wav)) {
      WavGuide.write(schedule, file);
    } catch (IOException e) {
      throw Failure.io(wav + ": cannot write the WAV file (" + e.getMessage() + ")", e);
    }
    out.println(
        "wrote " + wav + ": " + schedule.plan() + ", " + DurationText.clock(schedule.total()) + ", "
            + Words.plural(schedule.breaths(), "breath") + ", " + Words.plural(schedule.phases().size(), "tone"));
  }

  /** The calm ratings around the session, its record and its summary. */
  private final class Talk implements Conversation {
    private final StopRequest stop;
    private final Today today;
    Integer calmBefore;
    Integer calmAfter;

    Talk(StopRequest stop, Today today) {
      this.stop = stop;
      this.today = today;
    }

    @Override
    public void before(Questions ask) {
      calmBefore = before != null ? before : calm ? ask.rating(CALM_QUESTION, Amount.Session.CALM_MAX) : null;
    }

    @Override
    public String after(SessionResult r, Questions ask) {
      stop.detach();
      // after a signal the person wants out, not another question
      boolean asking = calm && !stop.bySignal();
      calmAfter = after != null ? after : asking ? ask.rating(CALM_QUESTION, Amount.Session.CALM_MAX) : null;
      String summary = PlainSession.summary(r, finish(today, r, calmBefore, calmAfter));
      return calmBefore != null && calmAfter != null ? summary + "; calm " + calmBefore + " to " + calmAfter : summary;
    }
  }

  /**
   * While the seven-day programme runs, today's day: its plan and length are what {@code breathe} without a
   * plan or {@code --bpm} runs (an explicit {@code --duration} or {@code --ratio} still applies). Said on
   * stderr, so that the session's own lines stay as they always are.
   */
  private Optional<ProgrammeDay> programmeDay(Today today) {
    Optional<DayRecord> day = ProgrammeStatus.of(today.entries(), today.settings(), today.date()).todaysDay();
    day.ifPresent(d -> spec.commandLine().getErr().println(
        "steady: program day " + d.day().number() + " of " + Programme.DAYS + ": " + d.day().plan() + " for "
            + DurationText.format(duration != null ? duration : d.day().length())
            + " (name a plan or give --bpm to breathe something else)"));
    return day.map(DayRecord::day);
  }

  /**
   * The options given, the programme day's length unless --duration is given, and the person's own rate for
   * resonance (the default plan) when no --bpm is given.
   */
  private SessionOptions options(String name, Duration dayLength, Double personalBpm) {
    calmRating("--before", before);
    calmRating("--after", after);
    return sessionOptions(
        bpm == null && DEFAULT_PLAN.equals(name) ? personalBpm : bpm, ratio, duration != null ? duration : dayLength);
  }

  /** --bpm, --ratio and --duration as a session takes them; a value out of range is a usage error. */
  static SessionOptions sessionOptions(Double bpm, String ratio, Duration duration) {
    try {
      Ratio r = ratio == null ? null : Ratio.parse(ratio);
      return new SessionOptions(bpm, r, duration);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw Failure.usage(message.startsWith("--") ? message : "--ratio: " + message);
    }
  }

  private static void calmRating(String option, Integer rating) {
    if (rating != null && (rating < 1 || rating > Amount.Session.CALM_MAX)) {
      throw Failure.usage(option + ": expected a calm rating from 1 to 10, found " + rating);
    }
  }

  /**
   * Records the session once it is over and says where the day's breathing stands with it (null when it is
   * not recorded, or the settings have no breathe habit).
   */
  private HabitStatus finish(Today today, SessionResult r, Integer calmBefore, Integer calmAfter) {
    finished = true;
    if (noLog) {
      return null;
    }
    Today now = today.later(context);
    if (r.seconds() > 0) {
      record(now, r, calmBefore, calmAfter);
    }
    return StreakEngine.statuses(now.entries(), now.settings(), now.date(), 1).stream()
        .filter(s -> s.habit().id().equals(BREATHE))
        .findFirst()
        .orElse(null);
  }

  /** Records the session for the day it ends in: a session may run past the day's start. */
  private static void record(Today now, SessionResult r, Integer calmBefore, Integer calmAfter) {
    now.log().append(
        now.entry(
            BREATHE,
            now.date(),
            new Amount.Session(
                r.plan(), r.completed(), r.breaths(), r.seconds(), r.bpm(), calmBefore, calmAfter, List.of()),
            null));
  }

  private static void printJson(PrintWriter out, SessionResult r, Talk talk) {
    JsonDocument.print(out, g -> {
      g.writeStartObject();
      g.writeStringField("plan", r.plan());
      g.writeBooleanField("completed", r.completed());
      g.writeNumberField("breaths", r.breaths());
      g.writeNumberField("seconds", r.seconds());
      g.writeNumberField("bpm", r.bpm());
      g.writeNumberField("maxLateMs", r.maxLateMs());
      g.writeNumberField("endDriftMs", r.endDriftMs());
      if (talk.calmBefore != null) {
        g.writeNumberField("calmBefore", talk.calmBefore);
      }
      if (talk.calmAfter != null) {
        g.writeNumberField("calmAfter", talk.calmAfter);
      }
      g.writeEndObject();
    });
  }
}
