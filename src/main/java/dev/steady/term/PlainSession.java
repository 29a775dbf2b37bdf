package dev.steady.term;

import dev.steady.breath.Pacer;
import dev.steady.breath.Phase;
import dev.steady.breath.SessionResult;
import dev.steady.breath.StopRequest;
import dev.steady.habit.HabitStatus;
import dev.steady.habit.Progress;
import dev.steady.time.DurationText;
import java.io.PrintWriter;
import java.time.Duration;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The session as lines: one as each phase starts and nothing between, so it suits pipes, logs and screen
 * readers. When a person types at the terminal on stdin, it listens to keys as the animated screen does
 * (space pauses, q and Esc stop), reading them raw so that they are never echoed into the lines.
 */
public final class PlainSession {
  /** Key reads time out in whole milliseconds and may wake late; the last stretch goes to the pacer. */
  private static final long PRECISE_NANOS = 2_000_000L;
  /** While paused the loop still wakes now and then; nothing is due until a key. */
  private static final long IDLE_NANOS = 1_000_000_000L;

  private final PrintWriter out;

  public PlainSession(PrintWriter out) {
    this.out = out;
  }

  /** The breathing alone, without keys, questions or summary. */
  public SessionResult run(Pacer pacer, StopRequest stop) {
    return run(pacer, stop, (KeyWait) null);
  }

  /**
   * The session without keys (stdin is not a terminal), its questions asked as lines, then its summary line.
   * Ctrl-C is the caller's to turn into a stop.
   */
  public SessionResult run(Pacer pacer, StopRequest stop, Conversation talk, Questions lines) {
    talk.before(lines);
    SessionResult result = run(pacer, stop, (KeyWait) null);
    say(talk.after(result, lines));
    return result;
  }

  /**
   * The session with keys from the terminal on stdin, its questions asked there too (typed lines, read raw so
   * that the session's own reader takes every key). The lines go out as before (their newlines still become
   * the terminal's); Ctrl-C stops with status 130. A terminal that turns out to be dumb is not read.
   */
  public SessionResult runWithKeys(Pacer pacer, StopRequest stop, Conversation talk, Questions lines) {
    Terminal terminal = SystemTerminal.open(TerminalBuilder.SystemOutput.SysOutOrSysErr);
    try {
      if (SystemTerminal.dumb(terminal)) {
        return run(pacer, stop, talk, lines);
      }
      terminal.handle(Terminal.Signal.INT, signal -> stop.request(StopRequest.Reason.INTERRUPT));
      terminal.handle(Terminal.Signal.TSTP, Terminal.SignalHandler.SIG_IGN);
      Questions typed = new KeyQuestions(terminal, stop, true);
      talk.before(typed);
      SessionResult result;
      Attributes saved = SystemTerminal.raw(terminal);
      try {
        result = run(pacer, stop, new KeyWait(terminal.reader(), pacer));
      } finally {
        SystemTerminal.restore(terminal, saved);
      }
      say(talk.after(result, typed));
      return result;
    } finally {
      SystemTerminal.close(terminal);
    }
  }

  private SessionResult run(Pacer pacer, StopRequest stop, KeyWait keys) {
    stop.attach(Thread.currentThread());
    pacer.start();
    while (!stop.requested()) {
      Phase cue = pacer.takeDueCue();
      if (cue != null) {
        say(line(cue));
        continue;
      }
      if (pacer.finished()) {
        pacer.markEnd();
        return pacer.result(true);
      }
      long now = pacer.now();
      long next = pacer.paused() ? now + IDLE_NANOS : pacer.nextDeadline();
      if (keys == null || next - now <= PRECISE_NANOS) {
        pacer.waitUntil(next);
        continue;
      }
      switch (keys.until(next - PRECISE_NANOS)) {
        case STOP -> stop.request(StopRequest.Reason.KEY);
        case HANG_UP -> stop.request(StopRequest.Reason.HANGUP);
        case PAUSE_OR_RESUME -> {
          pacer.pauseOrResume();
          say(pauseLine(pacer));
        }
        case NONE -> { }
      }
    }
    Thread.interrupted();
    return pacer.result(false);
  }

  private void say(String line) {
    out.println(line);
    out.flush();
  }

  /** {@code 01:23 paused, space resumes} or {@code 01:23 resumed}: a screen reader hears that the key worked. */
  static String pauseLine(Pacer pacer) {
    String at = DurationText.clock(Duration.ofNanos(pacer.elapsed()));
    return pacer.paused() ? at + " paused, space resumes, q stops" : at + " resumed";
  }

  /**
   * {@code 00:04 exhale 6s Long, slow breath out}, as PRODUCT.md shows it; when a note starts here it follows
   * the prompt as a sentence of its own.
   */
  public static String line(Phase p) {
    String start =
        DurationText.clock(Duration.ofNanos(p.startNanos())) + ' ' + p.kind().word() + ' '
            + DurationText.trim(p.seconds()) + "s ";
    // prompts and notes come from plan files, which may be shared: shown escaped
    String line = p.note() == null ? start + p.prompt() : start + sentence(p.prompt()) + ' ' + sentence(p.note());
    return TerminalText.escape(line);
  }

  /** Ends a prompt with a full stop so that a screen reader pauses between prompt and note. */
  private static String sentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '?' ? text : text + ".";
  }

  /**
   * The session's last line: {@code done 30 breaths in 05:00, 6 bpm; today 7 of 2 min, goal met; streak 4
   * days}. A stopped session counts the time breathed first, since that is what counts toward the day:
   * {@code stopped after 00:17 of breathing (1 full breath, 6 bpm); today 0.3 of 2 min, 1.7 to go; streak 0
   * days}. {@code day} is the breathing habit as it stands with this session, or null when not recorded.
   */
  public static String summary(SessionResult r, HabitStatus day) {
    String breaths = r.breaths() + (r.breaths() == 1 ? " breath" : " breaths");
    String time = DurationText.clock(Duration.ofMillis(Math.round(r.seconds() * 1000)));
    String bpm = DurationText.trim(r.bpm()) + " bpm";
    String session =
        r.completed()
            ? "done " + breaths + " in " + time + ", " + bpm
            : "stopped after " + time + " of breathing (" + (r.breaths() == 1 ? "1 full breath" : r.breaths() + " full breaths")
                + (r.breaths() == 0 ? ")" : ", " + bpm + ")");
    return day == null ? session : session + "; " + today(day);
  }

  /** {@code today 0.3 of 2 min, 1.7 to go; streak 2 days}. */
  static String today(HabitStatus day) {
    Progress p = day.progress();
    String unit = p.unit() == null ? "" : " " + p.unit();
    String left =
        day.met() ? "goal met" : DurationText.trim(Math.ceil((p.target() - p.value()) * 10 - 1e-9) / 10) + " to go";
    return "today " + DurationText.trim(tenths(p.value())) + " of " + DurationText.trim(p.target()) + unit + ", "
        + left + "; streak " + day.current() + (day.current() == 1 ? " day" : " days");
  }

  /** Minutes to a tenth, rounded down, so that 1.96 of 2 minutes never reads as "2 of 2". */
  private static double tenths(double v) {
    return Math.floor(v * 10 + 1e-9) / 10;
  }
}
