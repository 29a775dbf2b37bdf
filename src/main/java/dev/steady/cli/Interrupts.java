package dev.steady.cli;

import dev.steady.breath.StopRequest;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C (SIGINT) into a stop request while a plain session runs, so the session is recorded and the
 * program exits 130 on its own instead of dying of the signal. The old handler comes back on close.
 */
final class Interrupts implements AutoCloseable {
  private static final Signal INT = new Signal("INT");
  private final SignalHandler previous;

  private Interrupts(SignalHandler previous) {
    this.previous = previous;
  }

  static Interrupts stopOnCtrlC(StopRequest stop) {
    try {
      return new Interrupts(Signal.handle(INT, signal -> stop.request(true)));
    } catch (IllegalArgumentException e) {
      return new Interrupts(null);
    }
  }

  @Override
  public void close() {
    if (previous != null) {
      Signal.handle(INT, previous);
    }
  }
}
