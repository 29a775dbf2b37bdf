package dev.steady.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("--bpm, --ratio and --duration")
class SessionOverridesTest {
  private static final long S = 1_000_000_000L;

  private static Schedule resonance(Double bpm, String ratio, Duration duration) {
    Schedule s =
        Schedule.of(
            TestPlans.bundled("resonance"),
            new SessionOptions(bpm, ratio == null ? null : Ratio.parse(ratio), duration));
    ScheduleShape.assertWellFormed(s);
    return s;
  }

  @Test
  void bpmKeepsThePlansProportions() {
    Schedule s = resonance(5.0, null, null);
    assertThat(s.breaths()).isEqualTo(25);
    assertThat(ScheduleShape.lengths(s, PhaseKind.INHALE)).containsOnly(4_800_000_000L);
    assertThat(ScheduleShape.lengths(s, PhaseKind.EXHALE)).containsOnly(7_200_000_000L);
  }

  @Test
  void ratioKeepsThePlansRate() {
    Schedule s = resonance(null, "1:2", null);
    assertThat(s.breaths()).isEqualTo(30);
    assertThat(ScheduleShape.breathLengths(s)).containsOnly(10 * S);
    assertThat(s.phases().get(0).seconds()).isCloseTo(10.0 / 3, within(1e-9));
  }

  @Test
  void aRatioWithHoldsAddsHoldsAndOneWithoutTakesThemAway() {
    Schedule withHolds = resonance(null, "4:2:6:2", null);
    assertThat(ScheduleShape.lengths(withHolds, PhaseKind.HOLD_IN)).containsOnly(1_428_571_429L);
    assertThat(ScheduleShape.lengths(withHolds, PhaseKind.HOLD_OUT)).hasSize(30);

    Schedule box = Schedule.of(TestPlans.bundled("box"), new SessionOptions(null, Ratio.parse("4:6"), null));
    assertThat(ScheduleShape.kinds(box)).containsOnly(PhaseKind.INHALE, PhaseKind.EXHALE);
    assertThat(ScheduleShape.breathLengths(box)).containsOnly(16 * S);
  }

  @Test
  void bpmOnAPlanWithHoldsStretchesEveryPhase() {
    Schedule box = Schedule.of(TestPlans.bundled("box"), new SessionOptions(3.0, null, null));
    assertThat(box.phases()).allSatisfy(p -> assertThat(p.lengthNanos()).isEqualTo(5 * S));
    assertThat(box.breaths()).isEqualTo(12);
  }

  @Test
  void durationStretchesOrShrinksThePlan() {
    assertThat(resonance(null, null, Duration.ofMinutes(2)).breaths()).isEqualTo(12);
    assertThat(resonance(null, null, Duration.ofMinutes(60)).breaths()).isEqualTo(360);
    assertThat(resonance(null, null, Duration.ofSeconds(10)).breaths()).isEqualTo(1);
  }

  @Test
  void allThreeTogether() {
    Schedule s = resonance(4.0, "1:1", Duration.ofSeconds(90));
    assertThat(s.breaths()).isEqualTo(6);
    assertThat(s.phases()).allSatisfy(p -> assertThat(p.lengthNanos()).isEqualTo(7_500_000_000L));
  }

  @Test
  void bpmMakesAGlideOrStepsOneSteadyRate() {
    for (String name : new String[] {"glide", "steps"}) {
      Schedule s = Schedule.of(TestPlans.bundled(name), new SessionOptions(5.0, null, null));
      ScheduleShape.assertWellFormed(s);
      assertThat(ScheduleShape.breathLengths(s)).as(name).allSatisfy(b -> assertThat(b).isCloseTo(12 * S, within(2L)));
    }
  }

  @Test
  void durationScalesEverySegmentOfAPlanAlike() {
    Schedule s = Schedule.of(TestPlans.bundled("steps"), new SessionOptions(null, null, Duration.ofMinutes(20)));
    ScheduleShape.assertWellFormed(s);
    // four minutes a step: 26, 24, 22, 20 and 18 breaths
    assertThat(s.breaths()).isEqualTo(110);
    assertThat(s.total()).isEqualTo(Duration.ofMinutes(20));
  }

  @ParameterizedTest(name = "{0} bpm")
  @ValueSource(doubles = {1.99, 20.01, 0, -6, Double.NaN, Double.POSITIVE_INFINITY})
  void aRateOutsideTwoToTwentyIsRefused(double bpm) {
    assertThatThrownBy(() -> new SessionOptions(bpm, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--bpm: expected a rate between 2 and 20 breaths a minute, found ");
  }

  @Test
  void theLimitsThemselvesAreAllowed() {
    assertThat(new SessionOptions(2.0, null, Duration.ofSeconds(10)).bpm()).isEqualTo(2.0);
    assertThat(new SessionOptions(20.0, null, Duration.ofMinutes(60)).bpm()).isEqualTo(20.0);
  }

  @Test
  void theRefusalShowsTheRateAsTyped() {
    assertThatThrownBy(() -> new SessionOptions(25.55, null, null)).hasMessageEndingWith("found 25.55");
    assertThatThrownBy(() -> new SessionOptions(30.0, null, null)).hasMessageEndingWith("found 30");
  }

  @ParameterizedTest(name = "{0} ms")
  @ValueSource(longs = {9_999, 0, 3_600_001, 86_400_000})
  void aDurationOutsideTenSecondsToAnHourIsRefused(long millis) {
    assertThatThrownBy(() -> new SessionOptions(null, null, Duration.ofMillis(millis)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--duration: expected between 10s and 60m, found ");
  }
}
