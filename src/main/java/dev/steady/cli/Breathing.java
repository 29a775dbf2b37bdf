package dev.steady.cli;

import dev.steady.breath.Pacer;
import dev.steady.breath.SessionResult;
import dev.steady.breath.StopRequest;
import dev.steady.term.AnimatedSession;
import dev.steady.term.Conversation;
import dev.steady.term.PlainSession;
import dev.steady.term.Questions;
import java.io.PrintWriter;

/**
 * Runs sessions on the screen the context allows: the animation at a terminal, plain lines otherwise (or with
 * --plain), listening to keys when stdin is a terminal. One per command, so that answers typed into a pipe are
 * read by one reader across all its sessions. Signals are the command's to turn into a stop ({@link StopSignals}),
 * so that it covers the record written after the session as well.
 */
final class Breathing {
  private final Context context;
  private final boolean plain;
  private final boolean bell;
  private final PrintWriter phases;
  private final Questions lines;

  Breathing(Context context, boolean plain, boolean bell, PrintWriter phases) {
    this.context = context;
    this.plain = plain || !context.terminal();
    this.bell = bell;
    this.phases = phases;
    this.lines = Questions.lines(phases, context.input().stream(), context.input().isKeyboard());
  }

  SessionResult run(Pacer pacer, StopRequest stop, Conversation talk) {
    if (!plain) {
      return AnimatedSession.run(pacer, stop, bell, context.colour(), phases, talk, lines);
    }
    PlainSession session = new PlainSession(phases);
    return context.input().isKeyboard()
        ? session.runWithKeys(pacer, stop, talk, lines)
        : session.run(pacer, stop, talk, lines);
  }
}
