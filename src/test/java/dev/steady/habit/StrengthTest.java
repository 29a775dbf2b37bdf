package dev.steady.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("strength, Loop Habit Tracker's habit score")
class StrengthTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final double M = Math.pow(0.5, 1 / 13.0);

  private static HabitStatus status(Log log, String id) {
    return StreakEngine.statuses(log.entries(), Settings.defaults(), TODAY, 0).stream()
        .filter(s -> s.habit().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("one met day is 1 - 0.5^(1/13), about 5 %; a day habit met every day of a year nears 100 %")
  void aYearOfEveryDay() {
    assertThat(status(new Log().count("fermented", TODAY, 1), "fermented").strength()).isCloseTo(1 - M, within(1e-12));
    Log year = new Log();
    for (LocalDate d = TODAY.minusDays(364); !d.isAfter(TODAY); d = d.plusDays(1)) {
      year.count("fermented", d, 1);
    }
    assertThat(status(year, "fermented").strength()).isCloseTo(1 - Math.pow(M, 365), within(1e-9));
  }

  @Test
  @DisplayName("a missed day dents strength rather than zeroing it, and a rested day leaves it as it is")
  void dents() {
    Log log = new Log();
    for (LocalDate d = TODAY.minusDays(99); d.isBefore(TODAY.minusDays(1)); d = d.plusDays(1)) {
      log.count("fermented", d, 1);
    }
    double run = 1 - Math.pow(M, 98);
    double missedTwo = status(log, "fermented").strength();
    log.add("fermented", TODAY.minusDays(1), new Amount.Rest()).count("fermented", TODAY, 1);
    double restedThenMet = status(log, "fermented").strength();

    assertThat(missedTwo).isCloseTo(run * M * M, within(1e-12)).isGreaterThan(0.85);
    assertThat(restedThenMet).isCloseTo(run * M + (1 - M), within(1e-12));
  }

  @Test
  @DisplayName("a year of a week habit begun mid-week agrees with the formula, a rest day included")
  void weekHabitFromMidWeek() {
    Random r = new Random(7);
    Log log = new Log();
    LocalDate wednesday = TODAY.minusDays(365);
    while (wednesday.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
      wednesday = wednesday.plusDays(1);
    }
    for (LocalDate d = wednesday; !d.isAfter(TODAY); d = d.plusDays(1)) {
      if (r.nextInt(3) > 0) {
        log.minutes("move", d, 10 + r.nextInt(30));
      }
      if (r.nextInt(4) == 0) {
        log.items("plants", d, "kale", "oat" + r.nextInt(40));
      }
    }
    log.add("move", TODAY.minusDays(40), new Amount.Rest());
    for (String id : List.of("move", "plants")) {
      Habit habit = Settings.defaults().habit(id).orElseThrow();
      double expected = new Reference(habit, log.entries(), Settings.defaults(), TODAY).strength();
      assertThat(status(log, id).strength()).as(id).isCloseTo(expected, within(1e-9)).isBetween(0.05, 0.95);
    }
  }
}
