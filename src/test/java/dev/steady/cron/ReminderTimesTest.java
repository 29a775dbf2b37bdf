package dev.steady.cron;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.habit.Habit;
import dev.steady.habit.Settings;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("when the reminders go off")
class ReminderTimesTest {
  private static Settings sleeping(String bed, String wake) {
    return new Settings(LocalTime.of(4, 0), DayOfWeek.MONDAY, List.of(
        new Habit.Daily("breathe", 2, "min", null),
        new Habit.Window("night", LocalTime.parse(bed), LocalTime.parse(wake), Duration.ofMinutes(30), null)));
  }

  private static List<String> all(Settings settings) {
    return ReminderTimes.of(settings).all().stream().map(LocalTime::toString).toList();
  }

  @Test
  @DisplayName("by default: 07:30, every three hours, and 22:00 an hour before bed")
  void defaults() {
    ReminderTimes times = ReminderTimes.of(Settings.defaults());

    assertThat(times.morning()).isEqualTo(LocalTime.of(7, 30));
    assertThat(times.day()).extracting(LocalTime::toString).containsExactly("10:30", "13:30", "16:30", "19:30");
    assertThat(times.windDown()).isEqualTo(LocalTime.of(22, 0));
  }

  @Test
  @DisplayName("drawn from the sleep habit's targets, whatever its id")
  void fromTheSettings() {
    assertThat(all(sleeping("22:15", "06:00"))).containsExactly("06:30", "09:30", "12:30", "15:30", "18:30", "21:15");
  }

  @Test
  @DisplayName("a bed target after midnight winds down across it")
  void aroundMidnight() {
    assertThat(all(sleeping("00:30", "08:15"))).containsExactly("08:45", "11:45", "14:45", "17:45", "20:45", "23:30");
    assertThat(all(sleeping("01:00", "09:00"))).containsExactly("09:30", "12:30", "15:30", "18:30", "21:30", "00:00");
  }

  @Test
  @DisplayName("a short waking day keeps an hour of quiet before the wind-down, and may have no nudges at all")
  void shortDay() {
    assertThat(all(sleeping("14:00", "06:00"))).containsExactly("06:30", "09:30", "13:00");
    assertThat(all(sleeping("11:00", "07:00"))).containsExactly("07:30", "10:00");
  }

  @Test
  @DisplayName("without a sleep habit, the default targets")
  void noSleepHabit() {
    Settings noSleep = new Settings(LocalTime.of(4, 0), DayOfWeek.MONDAY, List.of(new Habit.Daily("breathe", 2, "min", null)));

    assertThat(ReminderTimes.of(noSleep)).isEqualTo(ReminderTimes.of(Settings.defaults()));
  }
}
