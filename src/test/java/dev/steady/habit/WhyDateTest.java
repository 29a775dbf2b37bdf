package dev.steady.habit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dates {@code why} names read as java.time's English names would have them, on every weekday and month. */
class WhyDateTest {
  @Test
  void everyWeekdayAndMonthReadsAsJavaTimeNamesIt() {
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
      String expected = d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + " "
          + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
      assertThat(Why.date(d)).isEqualTo(expected);
    }
  }
}
