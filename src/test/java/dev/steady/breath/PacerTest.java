package dev.steady.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The pacer, in virtual time")
class PacerTest {
  private static final long S = 1_000_000_000L;
  private static final Plan RESONANCE = TestPlans.bundled("resonance");

  static LongStream seeds() {
    return new Random(20240601).longs(6);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("an hour with random late wake-ups does not drift: each cue is late only by its own wake-up")
  void anHourOfLateWakeUpsDoesNotDrift(long seed) {
    Random random = new Random(seed);
    long start = random.nextLong() / 2; // monotonic clocks may read negative
    VirtualTime time = VirtualTime.jittery(start, seed, Duration.ofMillis(40));
    VirtualSession session =
        VirtualSession.of(RESONANCE, new SessionOptions(null, null, Duration.ofMinutes(60)), time);

    SessionResult result = session.runToEnd();

    assertThat(session.cues()).hasSize(720);
    long worst = 0;
    for (VirtualSession.Cue cue : session.cues()) {
      long deadline = start + cue.phase().startNanos();
      assertThat(cue.at() - deadline).as("lateness of phase %d", cue.phase().index()).isEqualTo(cue.wakeJitter());
      worst = Math.max(worst, cue.wakeJitter());
    }
    assertThat(session.phasesCued()).isEqualTo(session.pacer.schedule().phases());
    long endDrift = time.nanoTime() - (start + 3600 * S);
    assertThat(endDrift).isEqualTo(time.lastJitter()).isLessThan(40_000_000L);
    assertThat(result.endDriftMs()).isCloseTo(endDrift / 1e6, within(0.01));
    assertThat(result.maxLateMs()).isCloseTo(worst / 1e6, within(0.01)).isPositive();
    assertThat(result.breaths()).isEqualTo(360);
    assertThat(result.seconds()).isEqualTo(3600.0);
  }

  @Test
  void anExactClockCuesEveryPhaseOnItsDeadline() {
    VirtualTime time = VirtualTime.exact(0);
    VirtualSession session = VirtualSession.of(RESONANCE, SessionOptions.PLAN_AS_WRITTEN, time);

    SessionResult result = session.runToEnd();

    assertThat(session.cues()).allSatisfy(c -> assertThat(c.at()).isEqualTo(c.phase().startNanos()));
    assertThat(time.nanoTime()).isEqualTo(300 * S);
    assertThat(result).isEqualTo(new SessionResult("resonance", true, 30, 300.0, 6.0, 0.0, 0.0));
  }

  @ParameterizedTest(name = "starting at {0}")
  @ValueSource(longs = {0, -7_000_000_000L, Long.MIN_VALUE / 4, 123_456_789_012L})
  @DisplayName("a pause shifts all that remains by its length, and resuming continues with the next phase")
  void pauseShiftsTheRest(long start) {
    VirtualTime time = VirtualTime.exact(start);
    VirtualSession session = VirtualSession.of(RESONANCE, SessionOptions.PLAN_AS_WRITTEN, time);
    session.runUntil(p -> p.index() == 5); // the exhale of breath 2, from 0:24
    time.advance(Duration.ofSeconds(2)); // 0:26, two seconds into a six-second phase

    session.pacer.pause();
    assertThat(session.pacer.paused()).isTrue();
    time.advance(Duration.ofSeconds(37));
    assertThat(session.pacer.takeDueCue()).as("nothing is cued while paused").isNull();
    assertThat(session.pacer.elapsed()).as("the session's clock stands still").isEqualTo(26 * S);
    assertThat(session.pacer.position().phase().index()).isEqualTo(5);
    assertThat(session.pacer.position().leftInPhaseNanos()).isEqualTo(4 * S);
    session.pacer.resume();

    assertThat(session.pacer.nextDeadline()).isEqualTo(start + (30 + 37) * S);
    session.runToEnd();
    List<VirtualSession.Cue> cues = session.cues();
    assertThat(cues).extracting(c -> c.phase().index()).containsExactlyElementsOf(
        session.pacer.schedule().phases().stream().map(Phase::index).toList());
    for (VirtualSession.Cue cue : cues) {
      long shift = cue.phase().index() <= 5 ? 0 : 37 * S;
      assertThat(cue.at()).as("phase %d", cue.phase().index()).isEqualTo(start + cue.phase().startNanos() + shift);
    }
    assertThat(time.nanoTime()).isEqualTo(start + 337 * S);
    assertThat(session.pacer.result(true).seconds()).isEqualTo(300.0);
  }

  @Test
  void pausingTwiceOrResumingWithoutAPauseChangesNothing() {
    VirtualTime time = VirtualTime.exact(0);
    VirtualSession session = VirtualSession.of(RESONANCE, SessionOptions.PLAN_AS_WRITTEN, time);
    session.pacer.resume();
    session.runUntil(p -> p.index() == 1);
    session.pacer.pause();
    time.advance(Duration.ofSeconds(3));
    session.pacer.pause();
    time.advance(Duration.ofSeconds(3));
    session.pacer.resume();
    session.pacer.resume();

    assertThat(session.pacer.nextDeadline()).isEqualTo((10 + 6) * S);
  }

  @Test
  void aStoppedSessionCountsTheBreathingDoneAndTheBreathsCompleted() {
    VirtualTime time = VirtualTime.exact(0);
    VirtualSession session = VirtualSession.of(RESONANCE, SessionOptions.PLAN_AS_WRITTEN, time);
    session.runUntil(p -> p.breath() == 9 && p.kind() == PhaseKind.EXHALE); // 1:34
    session.pauseFor(Duration.ofMinutes(2));
    time.advance(Duration.ofSeconds(1)); // 1:35 of breathing

    SessionResult result = session.pacer.result(false);

    assertThat(result).isEqualTo(new SessionResult("resonance", false, 9, 95.0, 6.0, 0.0, 0.0));
  }

  @Test
  void aSessionStoppedInItsFirstBreathHasNoBreathsAndNoRate() {
    VirtualTime time = VirtualTime.exact(0);
    VirtualSession session = VirtualSession.of(RESONANCE, SessionOptions.PLAN_AS_WRITTEN, time);
    session.runUntil(p -> true);
    time.advance(Duration.ofMillis(2500));

    assertThat(session.pacer.result(false))
        .isEqualTo(new SessionResult("resonance", false, 0, 2.5, 0.0, 0.0, 0.0));
  }

  @Test
  void theAchievedRateIsOverTheCompletedBreaths() {
    Plan steps = TestPlans.bundled("steps");
    VirtualTime time = VirtualTime.exact(0);
    VirtualSession session = VirtualSession.of(steps, SessionOptions.PLAN_AS_WRITTEN, time);
    session.runUntil(p -> p.breath() == 25 && p.kind() == PhaseKind.EXHALE); // 13 at 6.5 and 12 at 6 done

    SessionResult stopped = session.pacer.result(false);
    assertThat(stopped.breaths()).isEqualTo(25);
    assertThat(stopped.bpm()).isEqualTo(6.25);

    assertThat(session.runToEnd().bpm()).isEqualTo(5.5);
  }

  @Test
  void afterAStallLongerThanAPhaseOnlyThePhaseRunningNowIsCued() {
    VirtualTime time = VirtualTime.exact(0);
    VirtualSession session = VirtualSession.of(RESONANCE, SessionOptions.PLAN_AS_WRITTEN, time);
    session.runUntil(p -> p.index() == 2); // 0:10
    time.advance(Duration.ofSeconds(25)); // 0:35, in phase 7 (0:34 to 0:40), a suspended laptop

    session.runUntil(p -> true);

    assertThat(session.cues().get(3).phase().index()).isEqualTo(7);
    assertThat(session.cues().get(3).at()).isEqualTo(35 * S);
    assertThat(session.pacer.takeDueCue()).isNull();
    assertThat(session.pacer.result(false).maxLateMs()).as("the stall shows").isEqualTo(21_000.0);
    session.runToEnd();
    assertThat(session.cues()).extracting(c -> c.phase().index()).doesNotContain(3, 4, 5, 6).hasSize(60 - 4);
  }

  @Test
  void aStallPastTheEndCuesNothingMoreAndFinishes() {
    VirtualTime time = VirtualTime.exact(0);
    VirtualSession session = VirtualSession.of(TestPlans.bundled("quick"), SessionOptions.PLAN_AS_WRITTEN, time);
    session.runUntil(p -> p.index() == 20);
    time.advance(Duration.ofMinutes(5));

    assertThat(session.pacer.takeDueCue()).isNull();
    assertThat(session.pacer.finished()).isTrue();
  }

  @Test
  void beforeItStartsNothingIsDueAndNoTimeHasPassed() {
    VirtualTime time = VirtualTime.exact(5 * S);
    Pacer pacer = new Pacer(Schedule.of(RESONANCE, SessionOptions.PLAN_AS_WRITTEN), time);

    assertThat(pacer.takeDueCue()).isNull();
    assertThat(pacer.elapsed()).isZero();
    assertThat(pacer.finished()).isFalse();
    pacer.pause();
    assertThat(pacer.paused()).isFalse();
  }

  @Test
  void thePositionSaysWhereInThePhaseTheSessionIs() {
    VirtualTime time = VirtualTime.exact(0);
    VirtualSession session = VirtualSession.of(RESONANCE, SessionOptions.PLAN_AS_WRITTEN, time);
    session.runUntil(p -> p.index() == 3); // 0:14
    time.advance(Duration.ofMillis(1500));

    Pacer.Position at = session.pacer.position();

    assertThat(at.phase().index()).isEqualTo(3);
    assertThat(at.fraction()).isCloseTo(0.25, within(1e-9));
    assertThat(at.breathsDone()).isEqualTo(1);
    assertThat(at.leftInPhaseNanos()).isEqualTo(4_500_000_000L);
  }
}
