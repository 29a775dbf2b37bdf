package dev.steady.breath;

/**
 * How a session is asked to stop from outside its loop (a signal handler, a key reader): it records why and
 * wakes the session's thread from its wait.
 */
public final class StopRequest {
  private volatile boolean requested;
  private volatile boolean interrupt;
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

  /** @param byInterrupt true for Ctrl-C, which ends the run with status 130 */
  public synchronized void request(boolean byInterrupt) {
    interrupt |= byInterrupt;
    requested = true;
    if (session != null) {
      session.interrupt();
    }
  }

  public boolean requested() {
    return requested;
  }

  public boolean byInterrupt() {
    return interrupt;
  }
}
