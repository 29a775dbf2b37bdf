package dev.steady.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A session ends on a whole breath")
class WholeBreathRuleTest {
  private static final Plan RESONANCE = TestPlans.bundled("resonance");

  /** Rates with one decimal, whole-second durations and ratios with or without holds, from a fixed seed. */
  static Stream<Arguments> sessions() {
    Random r = new Random(1_2_3_4_5);
    return IntStream.range(0, 200)
        .mapToObj(
            i -> {
              int bpmTenths = 20 + r.nextInt(181);
              int seconds = 10 + r.nextInt(3591);
              String ratio =
                  r.nextBoolean()
                      ? (1 + r.nextInt(9)) + ":" + (1 + r.nextInt(9))
                      : (1 + r.nextInt(9)) + ":" + r.nextInt(9) + ":" + (1 + r.nextInt(9)) + "." + r.nextInt(10)
                          + ":" + r.nextInt(5);
              return Arguments.of(bpmTenths, seconds, ratio);
            });
  }

  @ParameterizedTest(name = "{0}/10 bpm for {1}s at {2}")
  @MethodSource("sessions")
  @DisplayName("breaths = duration / breath length, rounded half up, at least one; each in the ratio's proportions")
  void breathsAreTheDurationOverTheBreathRoundedHalfUp(int bpmTenths, int seconds, String ratioText) {
    Ratio ratio = Ratio.parse(ratioText);
    double bpm = bpmTenths / 10.0;
    Schedule s = Schedule.of(RESONANCE, new SessionOptions(bpm, ratio, Duration.ofSeconds(seconds)));

    // seconds * bpm / 60 = seconds * tenths / 600, rounded half up in whole numbers
    long expected = Math.max(1, (2L * seconds * bpmTenths + 600) / 1200);
    assertThat(s.breaths()).isEqualTo(expected);
    ScheduleShape.assertWellFormed(s);
    double breath = 60 / bpm;
    assertThat(s.totalNanos() / 1e9).isCloseTo(expected * breath, within(1e-6));
    for (Phase p : s.phases().stream().filter(p -> p.breath() == 0).toList()) {
      assertThat(p.seconds()).as("%s", p.kind()).isCloseTo(breath * share(ratio, p.kind()), within(1e-6));
    }
  }

  private static double share(Ratio r, PhaseKind kind) {
    double part =
        switch (kind) {
          case INHALE -> r.inhale();
          case HOLD_IN -> r.holdIn();
          case EXHALE -> r.exhale();
          case HOLD_OUT -> r.holdOut();
        };
    return part / (r.inhale() + r.holdIn() + r.exhale() + r.holdOut());
  }

  @Test
  void aHalfBreathLeftOverRoundsUp() {
    // 45 s at 4 bpm is 3 breaths exactly; 50 s at 3 bpm is 2.5 breaths, so 3
    assertThat(Schedule.of(RESONANCE, new SessionOptions(4.0, null, Duration.ofSeconds(45))).breaths()).isEqualTo(3);
    assertThat(Schedule.of(RESONANCE, new SessionOptions(3.0, null, Duration.ofSeconds(50))).breaths()).isEqualTo(3);
    assertThat(Schedule.of(RESONANCE, new SessionOptions(3.0, null, Duration.ofSeconds(49))).breaths()).isEqualTo(2);
  }

  @Test
  void aSessionShorterThanHalfABreathStillHasOne() {
    Schedule s = Schedule.of(TestPlans.bundled("4-7-8"), new SessionOptions(null, null, Duration.ofSeconds(10)));
    assertThat(s.breaths()).isEqualTo(1);
    assertThat(s.total()).isEqualTo(Duration.ofSeconds(19));
  }

  static Stream<Arguments> plansAndDurations() {
    Random r = new Random(777);
    return PlanLibrary.bundledNames().stream()
        .flatMap(name -> IntStream.range(0, 8).mapToObj(i -> Arguments.of(name, 10 + r.nextInt(3591))));
  }

  @ParameterizedTest(name = "{0} for {1}s")
  @MethodSource("plansAndDurations")
  @DisplayName("every bundled plan at any duration ends on a whole breath within half a breath of the duration")
  void everyPlanEndsNearItsDuration(String name, int seconds) {
    Schedule s = Schedule.of(TestPlans.bundled(name), new SessionOptions(null, null, Duration.ofSeconds(seconds)));

    ScheduleShape.assertWellFormed(s);
    List<Long> breaths = ScheduleShape.breathLengths(s);
    long longest = breaths.stream().mapToLong(Long::longValue).max().orElseThrow();
    long asked = seconds * 1_000_000_000L;
    if (breaths.size() > 1) {
      assertThat(Math.abs(s.totalNanos() - asked)).isLessThanOrEqualTo(longest / 2 + 1_000);
    } else {
      assertThat(s.totalNanos()).isLessThanOrEqualTo(Math.max(asked, longest) + 1_000);
    }
  }
}
