package dev.steady.breath;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Drives a {@link Pacer} the way a session does (take the due cue, else wait for the next deadline) on a
 * {@link VirtualTime}, and records every cue with the instant it was given and the jitter of the wake-up
 * before it.
 */
final class VirtualSession {
  record Cue(Phase phase, long at, long wakeJitter) {}

  final VirtualTime time;
  final Pacer pacer;
  private final List<Cue> cues = new ArrayList<>();
  final long started;

  VirtualSession(Schedule schedule, VirtualTime time) {
    this.time = time;
    this.pacer = new Pacer(schedule, time);
    this.started = time.nanoTime();
    pacer.start();
  }

  static VirtualSession of(Plan plan, SessionOptions options, VirtualTime time) {
    return new VirtualSession(Schedule.of(plan, options), time);
  }

  /** Runs to the end of the session; returns the completed result. */
  SessionResult runToEnd() {
    runUntil(cue -> false);
    return pacer.result(true);
  }

  /** Runs until {@code last} accepts a cue (returns true) or the session ends (returns false). */
  boolean runUntil(Predicate<Phase> last) {
    while (true) {
      Phase cue = pacer.takeDueCue();
      if (cue != null) {
        cues.add(new Cue(cue, time.nanoTime(), time.lastJitter()));
        if (last.test(cue)) {
          return true;
        }
        continue;
      }
      if (pacer.finished()) {
        pacer.markEnd();
        return false;
      }
      pacer.waitUntil(pacer.nextDeadline());
    }
  }

  void pauseFor(Duration length) {
    pacer.pause();
    time.advance(length);
    pacer.resume();
  }

  List<Cue> cues() {
    return cues;
  }

  List<Phase> phasesCued() {
    return cues.stream().map(Cue::phase).toList();
  }
}
