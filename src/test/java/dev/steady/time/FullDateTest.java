package dev.steady.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dates {@code why} and {@code program} name read as java.time's English names would have them, on every weekday and month. */
class FullDateTest {
  @Test
  void everyWeekdayAndMonthReadsAsJavaTimeNamesIt() {
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
      String expected = d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + " "
          + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
      assertThat(DateText.full(d)).isEqualTo(expected);
    }
  }
}
