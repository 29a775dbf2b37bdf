package dev.steady.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A glide changes the breath smoothly")
class GlideTest {
  private static final long MS = 1_000_000L;

  /** The change from each breath to the next, in nanoseconds. */
  private static List<Long> steps(List<Long> breaths) {
    List<Long> steps = new ArrayList<>();
    for (int i = 1; i < breaths.size(); i++) {
      steps.add(breaths.get(i) - breaths.get(i - 1));
    }
    return steps;
  }

  @Test
  void theBundledGlideLengthensEveryBreathALittleAndHandsOverWithoutAJump() {
    Schedule s = Schedule.of(TestPlans.bundled("glide"), SessionOptions.PLAN_AS_WRITTEN);
    List<Long> breaths = ScheduleShape.breathLengths(s);
    int handOver = breaths.indexOf(10_000 * MS);
    List<Long> inGlide = steps(breaths.subList(0, handOver));

    assertThat(steps(breaths)).allSatisfy(step -> assertThat(step).isBetween(0L, 400 * MS));
    assertThat(inGlide).allSatisfy(step -> assertThat(step).isPositive());
    long largestInGlide = inGlide.stream().mapToLong(Long::longValue).max().orElseThrow();
    assertThat(breaths.get(handOver) - breaths.get(handOver - 1)).isLessThanOrEqualTo(largestInGlide);
  }

  static Stream<Arguments> glides() {
    Random r = new Random(42);
    return IntStream.range(0, 60)
        .mapToObj(
            i -> {
              int from = 40 + r.nextInt(81);
              int to = Math.max(20, Math.min(200, from + (r.nextBoolean() ? 1 : -1) * (5 + r.nextInt(26))));
              return Arguments.of(from / 10.0, to / 10.0, 60 + r.nextInt(241), 30 + r.nextInt(171));
            });
  }

  @ParameterizedTest(name = "{0} to {1} bpm over {2}s, then {3}s steady")
  @MethodSource("glides")
  @DisplayName("breaths change in one direction only and there is no jump where the glide ends")
  void monotonicWithoutAJumpAtTheSegmentBoundary(double from, double to, int glideSeconds, int steadySeconds) {
    Plan plan =
        TestPlans.parse(
            "{\"title\": \"g\", \"duration\": \"" + (glideSeconds + steadySeconds) + "s\", \"segments\": ["
                + "{\"glide\": {\"from\": " + from + ", \"to\": " + to + "}, \"length\": \"" + glideSeconds + "s\"},"
                + "{\"bpm\": " + to + "}]}");
    Schedule s = Schedule.of(plan, SessionOptions.PLAN_AS_WRITTEN);
    ScheduleShape.assertWellFormed(s);
    List<Long> breaths = ScheduleShape.breathLengths(s);
    long steady = Math.round(60 / to * 1e9);
    int handOver = breaths.indexOf(steady);
    if (handOver < 0) { // the steady segment was too short to hold a breath
      handOver = breaths.size();
    }
    long direction = (long) Math.signum(from - to); // slowing down lengthens the breath
    List<Long> all = steps(breaths);
    assertThat(all).allSatisfy(step -> assertThat(step * direction).isGreaterThanOrEqualTo(-2));
    assertThat(breaths.subList(handOver, breaths.size()))
        .allSatisfy(b -> assertThat(b).isCloseTo(steady, within(2L)));
    List<Long> inGlide = steps(breaths.subList(0, handOver));
    if (inGlide.size() >= 2 && handOver < breaths.size()) {
      long largest = inGlide.stream().mapToLong(Math::abs).max().orElseThrow();
      long atBoundary = Math.abs(breaths.get(handOver) - breaths.get(handOver - 1));
      assertThat(atBoundary).as("the step at the boundary is one of the glide's own size")
          .isLessThanOrEqualTo(largest + largest / 10);
    }
  }
}
