package dev.steady.breath;

/**
 * Runs a {@link Schedule} against a monotonic clock. Every phase has an absolute deadline (the start instant
 * plus its offset); waiting is always until a deadline, never for a length, so a late wake-up never pushes
 * later phases back. A pause moves the start instant forward by its length, which shifts all that remains.
 */
public final class Pacer {
  private final Schedule schedule;
  private final TimeSource time;
  private boolean started;
  private boolean paused;
  // monotonic readings may be negative (System.nanoTime has an arbitrary origin), so no sentinel values
  private long origin;
  private long pausedAt;
  private int nextCue;
  private long maxLateNanos;
  private long endDriftNanos;

  public Pacer(Schedule schedule, TimeSource time) {
    this.schedule = schedule;
    this.time = time;
  }

  public Schedule schedule() {
    return schedule;
  }

  public long now() {
    return time.nanoTime();
  }

  public void start() {
    origin = time.nanoTime();
    started = true;
  }

  public boolean paused() {
    return paused;
  }

  public void pause() {
    if (started && !paused) {
      pausedAt = time.nanoTime();
      paused = true;
    }
  }

  public void resume() {
    if (paused) {
      origin += time.nanoTime() - pausedAt;
      paused = false;
    }
  }

  /** Space's meaning during a session: pause a running one, resume a paused one. */
  public void pauseOrResume() {
    if (paused) {
      resume();
    } else {
      pause();
    }
  }

  /** Nanoseconds of breathing done: the schedule's clock, which stands still while paused. */
  public long elapsed() {
    if (!started) {
      return 0;
    }
    long now = paused ? pausedAt : time.nanoTime();
    return Math.max(0, Math.min(schedule.totalNanos(), now - origin));
  }

  /** The monotonic instant the next phase is due, or the session's end once every phase has been cued. */
  public long nextDeadline() {
    return deadline(nextCue);
  }

  /** The deadline of phase {@code i}; one past the last phase is the session's end. */
  private long deadline(int i) {
    return origin
        + (i < schedule.phases().size() ? schedule.phases().get(i).startNanos() : schedule.totalNanos());
  }

  public boolean allCued() {
    return nextCue >= schedule.phases().size();
  }

  /**
   * The phase that has come due and not yet been cued, recording how late the wake-up was; null when none is
   * due (or while paused). After a stall longer than a phase (a suspended laptop) the phases that are already
   * over are skipped rather than announced late in a burst: only the one running now is cued.
   */
  public Phase takeDueCue() {
    if (!started || paused || allCued()) {
      return null;
    }
    long now = time.nanoTime();
    long late = now - nextDeadline();
    if (late < 0) {
      return null;
    }
    maxLateNanos = Math.max(maxLateNanos, late);
    while (nextCue < schedule.phases().size() && now >= deadline(nextCue + 1)) {
      nextCue++;
    }
    return allCued() ? null : schedule.phases().get(nextCue++);
  }

  public boolean finished() {
    return started && !paused && allCued() && time.nanoTime() >= nextDeadline();
  }

  /** Waits until {@code deadline} or an interrupt; the caller re-checks state afterwards. */
  public void waitUntil(long deadline) {
    time.waitUntil(deadline);
  }

  /** Marks the session's end as reached now and records how late that was. */
  public void markEnd() {
    endDriftNanos = Math.max(0, time.nanoTime() - deadline(schedule.phases().size()));
  }

  /** The phase running now and how far through it, for drawing. */
  public Position position() {
    long e = elapsed();
    Phase phase = schedule.phases().get(schedule.phaseAt(e));
    double fraction = phase.lengthNanos() == 0 ? 1 : (double) (e - phase.startNanos()) / phase.lengthNanos();
    return new Position(phase, Math.max(0, Math.min(1, fraction)), e, schedule.breathsDone(e));
  }

  /** @param fraction 0 at the phase's start, 1 at its end */
  public record Position(Phase phase, double fraction, long elapsedNanos, int breathsDone) {
    public long leftInPhaseNanos() {
      return Math.max(0, phase.endNanos() - elapsedNanos);
    }
  }

  /**
   * How the session went: for a stopped one, the breathing time up to now (pauses excluded) and the breaths
   * completed in it; the rate is over the completed breaths only.
   */
  public SessionResult result(boolean completed) {
    long e = completed ? schedule.totalNanos() : elapsed();
    int breaths = schedule.breathsDone(e);
    long breathing = breaths == 0 ? 0 : schedule.endOfBreath(breaths - 1);
    double bpm = breathing == 0 ? 0 : breaths * 60e9 / breathing;
    return new SessionResult(
        schedule.plan(),
        completed,
        breaths,
        Math.round(e / 1e8) / 10.0,
        Math.round(bpm * 100) / 100.0,
        Math.round(maxLateNanos / 1e4) / 100.0,
        Math.round(endDriftNanos / 1e4) / 100.0);
  }
}
