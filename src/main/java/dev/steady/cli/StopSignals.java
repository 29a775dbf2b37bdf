package dev.steady.cli;

import dev.steady.breath.StopRequest;
import dev.steady.failure.Failure;
import java.util.LinkedHashMap;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C (SIGINT), SIGTERM and SIGHUP into a stop request while a session runs and its record is
 * written, so that the session is recorded, the terminal restored, and the program exits on its own (130,
 * 143, 129) instead of dying of the signal. The old handlers come back on close. A signal the JVM keeps
 * (under -Xrs) or one ignored from the start (nohup) is left as it is.
 */
final class StopSignals implements AutoCloseable {
  private static final Map<String, StopRequest.Reason> SIGNALS =
      Map.of("INT", StopRequest.Reason.INTERRUPT, "TERM", StopRequest.Reason.TERMINATE, "HUP", StopRequest.Reason.HANGUP);

  private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

  private StopSignals() {}

  static StopSignals stop(StopRequest stop) {
    StopSignals signals = new StopSignals();
    SIGNALS.forEach((name, reason) -> {
      Signal signal = new Signal(name);
      try {
        signals.previous.put(signal, Signal.handle(signal, s -> stop.request(reason)));
      } catch (IllegalArgumentException e) {
        // the JVM keeps this signal (-Xrs): it does what it did before
      }
    });
    return signals;
  }

  /**
   * The status a session's command exits with: 0 when it completed or q or Esc stopped it, else the signal's
   * (130, 143, 129).
   */
  static int exitCode(StopRequest stop, boolean completed) {
    StopRequest.Reason reason = stop.reason();
    if (completed || reason == null) {
      return 0;
    }
    return switch (reason) {
      case KEY -> 0;
      case INTERRUPT -> Failure.INTERRUPTED;
      case HANGUP -> Failure.HUNG_UP;
      case TERMINATE -> Failure.TERMINATED;
    };
  }

  @Override
  public void close() {
    previous.forEach(Signal::handle);
  }
}
