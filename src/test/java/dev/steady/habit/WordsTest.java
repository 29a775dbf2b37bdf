package dev.steady.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "0, day, days, 0 days",
    "1, day, days, 1 day",
    "2, day, days, 2 days",
    "0, entry, entries, 0 entries",
    "1, entry, entries, 1 entry",
    "2, entry, entries, 2 entries",
    "1, more item, more different items, 1 more item",
    "2, more item, more different items, 2 more different items",
  })
  @DisplayName("a number of things takes the word that fits it")
  void plural(long n, String one, String many, String expected) {
    assertThat(Words.plural(n, one, many)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0, 0 rest days", "1, 1 rest day", "2, 2 rest days"})
  @DisplayName("a word whose plural adds an s")
  void regular(long n, String expected) {
    assertThat(Words.plural(n, "rest day")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1, on 1 day a week, 1 different item a week", "2, on 2 days a week, 2 different items a week"})
  @DisplayName("targets read as English for one and for more")
  void targets(int n, String days, String items) {
    assertThat(new Habit.WeeklyDays("omega3", n, 1, null, null).targetText()).isEqualTo(days);
    assertThat(new Habit.WeeklyDistinct("plants", n, null).targetText()).isEqualTo(items);
  }

  @ParameterizedTest(name = "budget {0}")
  @CsvSource({"1, 1 day", "2, 2 days"})
  @DisplayName("the rest-day limit reads as English")
  void restLimit(int budget, String days) {
    Settings d = Settings.defaults();
    Settings settings = new Settings(d.dayStartsAt(), d.weekStartsOn(), d.habits(), budget);
    LocalDate day = LocalDate.of(2026, 12, 1);
    List<Entry> rests = new ArrayList<>();
    for (int i = 0; i < budget; i++) {
      LocalDate rested = day.minusDays(i + 1);
      rests.add(new Entry("e" + i, "move", rested, rested.atTime(9, 0).atOffset(ZoneOffset.UTC), new Amount.Rest(), null));
    }
    assertThatThrownBy(
            () -> RestDays.check(rests, settings.habit("move").orElseThrow(), day, settings, day))
        .hasMessageContaining("move may rest " + days + " in any 30");
  }
}
