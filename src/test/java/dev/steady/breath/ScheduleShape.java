package dev.steady.breath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Facts about a schedule's shape that many tests check. */
final class ScheduleShape {
  private ScheduleShape() {}

  /**
   * The phases follow each other without gap or overlap from 0 to the total, numbered in order, breath by
   * breath, each breath in the order in, hold, out, hold, and the last phase ends the last breath.
   */
  static void assertWellFormed(Schedule s) {
    assertThat(s.phases()).isNotEmpty();
    assertThat(s.breaths()).isPositive();
    long at = 0;
    for (int i = 0; i < s.phases().size(); i++) {
      Phase p = s.phases().get(i);
      assertThat(p.index()).isEqualTo(i);
      assertThat(p.startNanos()).as("start of phase %d", i).isEqualTo(at);
      assertThat(p.lengthNanos()).as("length of phase %d", i).isPositive();
      if (i > 0) {
        Phase before = s.phases().get(i - 1);
        assertThat(p.breath()).isBetween(before.breath(), before.breath() + 1);
        if (p.breath() == before.breath()) {
          assertThat(p.kind()).isGreaterThan(before.kind());
        } else {
          assertThat(p.kind()).isEqualTo(PhaseKind.INHALE);
        }
      }
      at = p.endNanos();
    }
    assertThat(s.phases().get(0).breath()).isZero();
    assertThat(s.phases().get(0).kind()).isEqualTo(PhaseKind.INHALE);
    assertThat(at).as("the last phase ends the session").isEqualTo(s.totalNanos());
    Phase last = s.phases().get(s.phases().size() - 1);
    assertThat(last.breath()).as("the session ends on a whole breath").isEqualTo(s.breaths() - 1);
    assertThat(last.kind()).isIn(PhaseKind.EXHALE, PhaseKind.HOLD_OUT);
  }

  static List<Long> lengths(Schedule s, PhaseKind kind) {
    return s.phases().stream().filter(p -> p.kind() == kind).map(Phase::lengthNanos).toList();
  }

  static Set<PhaseKind> kinds(Schedule s) {
    return s.phases().stream().map(Phase::kind).collect(Collectors.toSet());
  }

  /** Each breath's length in nanoseconds, in order. */
  static List<Long> breathLengths(Schedule s) {
    List<Long> lengths = new ArrayList<>();
    long start = 0;
    for (int b = 0; b < s.breaths(); b++) {
      long end = s.endOfBreath(b);
      lengths.add(end - start);
      start = end;
    }
    return lengths;
  }

  static Phase firstPhaseOf(Schedule s, int breath) {
    return s.phases().stream().filter(p -> p.breath() == breath).findFirst().orElseThrow();
  }
}
