package dev.steady.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A plan's notes go with the right phase")
class NotesTest {
  /** Each note by the index of the phase it starts with. */
  private static Map<Integer, String> notes(Schedule s) {
    Map<Integer, String> notes = new TreeMap<>();
    s.phases().stream().filter(p -> p.note() != null).forEach(p -> notes.put(p.index(), p.note()));
    return notes;
  }

  @Test
  void resonanceNotesStartWithTheInhaleAtTheirTime() {
    Schedule s = Schedule.of(TestPlans.bundled("resonance"), SessionOptions.PLAN_AS_WRITTEN);
    assertThat(notes(s))
        .containsExactly(
            Map.entry(6, "Let the belly rise, not the shoulders."),
            Map.entry(12, "Gentle, not deep."),
            Map.entry(36, "If your mind wanders, come back to the count."));
    assertThat(s.phases().get(6).startNanos()).isEqualTo(30_000_000_000L);
    assertThat(s.phases().get(36).kind()).isEqualTo(PhaseKind.INHALE);
  }

  @ParameterizedTest(name = "in {0} s")
  @ValueSource(ints = {0, 150, 300, 600, 900, 1200, 2400, 3600})
  @DisplayName("each step's note goes with the first breath of its step, at any duration")
  void stepNotesFollowTheirStep(int seconds) {
    SessionOptions options =
        seconds == 0 ? SessionOptions.PLAN_AS_WRITTEN : new SessionOptions(null, null, Duration.ofSeconds(seconds));
    Schedule s = Schedule.of(TestPlans.bundled("steps"), options);
    long[] breathOfStep = {9_230_769_231L, 10_000_000_000L, 10_909_090_909L, 12_000_000_000L, 13_333_333_333L};
    List<Long> breaths = ScheduleShape.breathLengths(s);
    Map<Integer, String> notes = notes(s);
    assertThat(notes).hasSize(5);
    int step = 0;
    for (Map.Entry<Integer, String> note : notes.entrySet()) {
      Phase phase = s.phases().get(note.getKey());
      assertThat(note.getValue()).startsWith("Step " + (step + 1) + " of 5");
      assertThat(phase.kind()).isEqualTo(PhaseKind.INHALE);
      assertThat(breaths.get(phase.breath())).as("step %d", step + 1).isCloseTo(breathOfStep[step], within(2L));
      if (phase.breath() > 0) {
        assertThat(breaths.get(phase.breath() - 1)).as("the breath before step %d", step + 1)
            .isCloseTo(breathOfStep[step - 1], within(2L));
      }
      step++;
    }
  }

  @Test
  void theGlidesNoteComesWithTheFirstBreathAtSix() {
    Schedule s = Schedule.of(TestPlans.bundled("glide"), SessionOptions.PLAN_AS_WRITTEN);
    Phase noted = s.phases().stream().filter(p -> p.note() != null).findFirst().orElseThrow();
    assertThat(noted.breath()).isEqualTo(15);
    assertThat(noted.prompt()).isEqualTo("Breathe in through the nose");
  }

  @Test
  void notesThatLandOnOneBreathAreAllKept() {
    Schedule s = Schedule.of(TestPlans.bundled("resonance"), new SessionOptions(null, null, Duration.ofSeconds(20)));
    assertThat(notes(s))
        .containsExactly(
            Map.entry(0, "Let the belly rise, not the shoulders. Gentle, not deep."),
            Map.entry(2, "If your mind wanders, come back to the count."));
  }

  @Test
  void aNoteBetweenBreathsGoesWithTheNearestBreath() {
    Plan plan =
        TestPlans.parse(
            "{\"title\": \"t\", \"duration\": \"2m\", \"segments\": [{\"inhale\": 4, \"exhale\": 6}],"
                + " \"notes\": [{\"at\": \"33s\", \"text\": \"a\"}, {\"at\": \"0:36\", \"text\": \"b\"},"
                + " {\"at\": \"1:55\", \"text\": \"c\"}]}");
    Schedule s = Schedule.of(plan, SessionOptions.PLAN_AS_WRITTEN);
    assertThat(notes(s)).containsExactly(Map.entry(6, "a"), Map.entry(8, "b"), Map.entry(22, "c"));
  }
}
