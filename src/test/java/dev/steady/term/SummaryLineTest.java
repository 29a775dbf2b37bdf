package dev.steady.term;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.breath.SessionResult;
import dev.steady.habit.Habit;
import dev.steady.habit.HabitStatus;
import dev.steady.habit.Progress;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The session's summary line")
class SummaryLineTest {
  private static final Habit BREATHE = new Habit.Daily("breathe", 2, "min", null);

  private static HabitStatus day(double minutes, int streak) {
    return new HabitStatus(BREATHE, minutes >= 2, minutes > 0, streak, streak, new Progress(minutes, 2, "min"), List.of());
  }

  @Test
  void aFinishedSessionSaysItsBreathsRateAndTheDay() {
    SessionResult done = new SessionResult("quick", true, 12, 120.0, 6.0, 0, 0);

    assertThat(PlainSession.summary(done, day(2.0, 3)))
        .isEqualTo("done 12 breaths in 02:00, 6 bpm; today 2 of 2 min, goal met; streak 3 days");
  }

  @Test
  @DisplayName("a stopped session counts the time breathed, not only whole breaths, and what the day still needs")
  void aStoppedSessionCountsTheTimeBreathed() {
    SessionResult stopped = new SessionResult("resonance", false, 1, 17.0, 6.0, 0, 0);

    assertThat(PlainSession.summary(stopped, day(17 / 60.0, 0)))
        .isEqualTo("stopped after 00:17 of breathing (1 full breath, 6 bpm); today 0.2 of 2 min, 1.8 to go; streak 0 days");
  }

  @Test
  void aStopBeforeTheFirstBreathEndsHasNoRate() {
    SessionResult stopped = new SessionResult("resonance", false, 0, 3.0, 0, 0, 0);

    assertThat(PlainSession.summary(stopped, day(1.95, 1)))
        .isEqualTo("stopped after 00:03 of breathing (0 full breaths); today 1.9 of 2 min, 0.1 to go; streak 1 day");
  }

  @Test
  void anUnrecordedSessionSaysNothingOfTheDay() {
    SessionResult done = new SessionResult("quick", true, 12, 120.0, 6.0, 0, 0);

    assertThat(PlainSession.summary(done, null)).isEqualTo("done 12 breaths in 02:00, 6 bpm");
  }
}
