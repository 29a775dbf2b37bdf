package dev.steady.term;

import dev.steady.breath.Pacer;
import dev.steady.breath.Plan;
import dev.steady.breath.SessionResult;
import dev.steady.breath.StopRequest;
import java.io.PrintWriter;

/** Placeholder until the JLine screen lands: runs the plain session. */
public final class AnimatedSession {
  private AnimatedSession() {}

  public static SessionResult run(Plan plan, Pacer pacer, StopRequest stop, boolean bell, boolean colour, PrintWriter out) {
    SessionResult r = new PlainSession(out).run(pacer, stop);
    out.println(PlainSession.summary(r));
    return r;
  }
}
