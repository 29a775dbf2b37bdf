package dev.steady.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The schedule of every bundled plan")
class BundledPlanScheduleTest {
  private static final long S = 1_000_000_000L;

  private static Schedule schedule(String name) {
    Schedule s = Schedule.of(TestPlans.bundled(name), SessionOptions.PLAN_AS_WRITTEN);
    ScheduleShape.assertWellFormed(s);
    return s;
  }

  @Test
  void coversEveryBundledPlan() {
    assertThat(PlanLibrary.bundledNames())
        .containsExactlyInAnyOrder("4-7-8", "box", "coherent", "glide", "hum", "quick", "resonance", "steps");
  }

  @Test
  void resonanceIsThirtyBreathsOfFourSecondsInAndSixOutInFiveMinutes() {
    Schedule s = schedule("resonance");
    assertThat(s.breaths()).isEqualTo(30);
    assertThat(s.total()).isEqualTo(Duration.ofMinutes(5));
    assertThat(ScheduleShape.lengths(s, PhaseKind.INHALE)).containsOnly(4 * S).hasSize(30);
    assertThat(ScheduleShape.lengths(s, PhaseKind.EXHALE)).containsOnly(6 * S).hasSize(30);
    assertThat(ScheduleShape.kinds(s)).containsOnly(PhaseKind.INHALE, PhaseKind.EXHALE);
    assertThat(s.phases().get(1).startNanos()).isEqualTo(4 * S);
    assertThat(s.phases().get(1).prompt()).isEqualTo("Long, slow breath out");
  }

  @Test
  void quickIsTwelveBreathsAtSixAMinuteInTwoMinutes() {
    Schedule s = schedule("quick");
    assertThat(s.breaths()).isEqualTo(12);
    assertThat(s.total()).isEqualTo(Duration.ofMinutes(2));
    assertThat(ScheduleShape.lengths(s, PhaseKind.INHALE)).containsOnly(4 * S);
    assertThat(ScheduleShape.lengths(s, PhaseKind.EXHALE)).containsOnly(6 * S);
  }

  @Test
  void boxIsFifteenSquaresOfFourSecondsInFourMinutes() {
    Schedule s = schedule("box");
    assertThat(s.breaths()).isEqualTo(15);
    assertThat(s.total()).isEqualTo(Duration.ofMinutes(4));
    assertThat(s.phases()).hasSize(60).allSatisfy(p -> assertThat(p.lengthNanos()).isEqualTo(4 * S));
    assertThat(s.phases().subList(0, 4))
        .extracting(Phase::kind)
        .containsExactly(PhaseKind.INHALE, PhaseKind.HOLD_IN, PhaseKind.EXHALE, PhaseKind.HOLD_OUT);
    assertThat(s.phases().get(3).prompt()).isEqualTo("Hold, empty and easy");
  }

  @Test
  void fourSevenEightIsFourRoundsOfNineteenSeconds() {
    Schedule s = schedule("4-7-8");
    assertThat(s.breaths()).isEqualTo(4);
    assertThat(s.total()).isEqualTo(Duration.ofSeconds(76));
    assertThat(s.phases().subList(0, 3))
        .extracting(Phase::kind, Phase::lengthNanos)
        .containsExactly(
            tuple(PhaseKind.INHALE, 4 * S),
            tuple(PhaseKind.HOLD_IN, 7 * S),
            tuple(PhaseKind.EXHALE, 8 * S));
    assertThat(s.phases()).hasSize(12);
  }

  @Test
  void coherentIsThirtyEvenBreathsOfFiveAndFive() {
    Schedule s = schedule("coherent");
    assertThat(s.breaths()).isEqualTo(30);
    assertThat(s.total()).isEqualTo(Duration.ofMinutes(5));
    assertThat(s.phases()).allSatisfy(p -> assertThat(p.lengthNanos()).isEqualTo(5 * S));
  }

  @Test
  void humIsEighteenBreathsInThreeMinutes() {
    Schedule s = schedule("hum");
    assertThat(s.breaths()).isEqualTo(18);
    assertThat(s.total()).isEqualTo(Duration.ofMinutes(3));
    assertThat(s.phases().get(1).prompt()).isEqualTo("Hum softly as you breathe out");
  }

  @Test
  void glideSlowsFromNineToSixInTwoMinutesThenHoldsSixForThree() {
    Schedule s = schedule("glide");
    List<Long> breaths = ScheduleShape.breathLengths(s);
    int firstSteady = breaths.indexOf(10 * S);
    // a glide from 9 to 6 over two minutes averages 7.5 breaths a minute: 15 breaths
    assertThat(firstSteady).isEqualTo(15);
    assertThat(breaths.get(0)).isBetween(Math.round(60.0 / 9 * S), Math.round(60.0 / 8.5 * S));
    assertThat(breaths.subList(0, firstSteady)).isSorted().allSatisfy(b -> assertThat(b).isLessThan(10 * S));
    assertThat(breaths.subList(firstSteady, breaths.size())).hasSize(18).containsOnly(10 * S);
    assertThat(ScheduleShape.firstPhaseOf(s, firstSteady).startNanos()).isBetween(115 * S, 125 * S);
    assertThat(ScheduleShape.firstPhaseOf(s, firstSteady - 1).prompt()).isEqualTo("Breathe in");
    assertThat(ScheduleShape.firstPhaseOf(s, firstSteady).prompt()).isEqualTo("Breathe in through the nose");
    assertThat(s.totalNanos()).isCloseTo(300 * S, within(5 * S));
  }

  @Test
  void stepsIsFiveTwoMinuteSegmentsFromSixAndAHalfDownToFourAndAHalf() {
    Schedule s = schedule("steps");
    double[] rates = {6.5, 6, 5.5, 5, 4.5};
    int[] counts = {13, 12, 11, 10, 9};
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < rates.length; i++) {
      expected.addAll(Collections.nCopies(counts[i], Math.round(60 / rates[i] * S)));
    }
    List<Long> breaths = ScheduleShape.breathLengths(s);
    assertThat(breaths).hasSameSizeAs(expected);
    for (int b = 0; b < breaths.size(); b++) {
      assertThat(breaths.get(b)).as("breath %d", b).isCloseTo(expected.get(b), within(2L));
    }
    assertThat(s.breaths()).isEqualTo(55);
    assertThat(s.totalNanos()).isCloseTo(600 * S, within(10L));
    assertThat(ScheduleShape.kinds(s)).containsOnly(PhaseKind.INHALE, PhaseKind.EXHALE);
  }
}
