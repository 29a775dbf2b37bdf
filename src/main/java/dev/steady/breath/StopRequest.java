package dev.steady.breath;

/**
 * How a session is asked to stop from outside its loop (a signal handler, a key reader): it records why and
 * wakes the session's thread from its wait.
 */
public final class StopRequest {
  /** Why a session stopped early; the command turns the reason into its exit status. */
  public enum Reason {
    /** q or Esc */
    KEY,
    /** Ctrl-C (SIGINT) */
    INTERRUPT,
    /** the terminal closed: SIGHUP, or the end of its input */
    HANGUP,
    /** SIGTERM */
    TERMINATE
  }

  private volatile boolean requested;
  private volatile Reason reason;
  private Thread session;

  /** Called by the session's own thread before it starts waiting. */
  public synchronized void attach(Thread thread) {
    session = thread;
  }

  /**
   * Called by the session's thread when the session is over, before it writes the log: no request can
   * interrupt it after this (an interrupted thread cannot write files through their channels).
   */
  public synchronized void detach() {
    session = null;
    Thread.interrupted();
  }

  /** A signal's reason wins over a key's: q typed as the terminal closes still ends as a hang-up. */
  public synchronized void request(Reason why) {
    if (reason == null || reason == Reason.KEY) {
      reason = why;
    }
    requested = true;
    if (session != null) {
      session.interrupt();
    }
  }

  public boolean requested() {
    return requested;
  }

  /**
   * Whether a signal asked to stop (Ctrl-C, SIGTERM, a closed terminal): the person or the system wants out now,
   * not another question or a rest screen. q and Esc are not signals.
   */
  public boolean bySignal() {
    Reason why = reason;
    return why != null && why != Reason.KEY;
  }

  /** Why the stop was asked for, or null when it was not. */
  public Reason reason() {
    return reason;
  }
}
