package dev.steady.breath;

/**
 * How a session is asked to stop from outside its loop (a signal handler, a key reader): it records why and
 * wakes the session's thread from its wait.
 */
public final class StopRequest {
  private volatile boolean requested;
  private volatile boolean interrupt;
  private volatile Thread session;

  /** Called by the session's own thread before it starts waiting. */
  public void attach(Thread thread) {
    session = thread;
  }

  /** @param byInterrupt true for Ctrl-C, which ends the run with status 130 */
  public void request(boolean byInterrupt) {
    interrupt |= byInterrupt;
    requested = true;
    Thread t = session;
    if (t != null) {
      t.interrupt();
    }
  }

  public boolean requested() {
    return requested;
  }

  public boolean byInterrupt() {
    return interrupt;
  }
}
