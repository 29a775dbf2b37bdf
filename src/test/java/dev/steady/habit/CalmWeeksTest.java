package dev.steady.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Calm ratings by week")
class CalmWeeksTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20); // a Friday; its week began on Monday 16th
  private static final Settings SETTINGS = Settings.defaults();

  private static Entry session(LocalDate date, Integer before, Integer after) {
    return new Entry(
        "id" + date + before + after, "breathe", date, OffsetDateTime.of(date.atTime(8, 0), ZoneOffset.UTC),
        new Amount.Session("resonance", true, 30, 300, 6, before, after, List.of()), null);
  }

  @Test
  @DisplayName("averages before and after each week's sessions rated both ways, oldest week first")
  void averagesByWeek() {
    List<Entry> entries =
        List.of(
            session(LocalDate.of(2026, 11, 2), 3, 6),
            session(LocalDate.of(2026, 11, 8), 5, 6), // a Sunday: the same week as the 2nd
            session(LocalDate.of(2026, 11, 16), 4, 8),
            session(LocalDate.of(2026, 11, 17), 4, null), // rated only before: left out of the comparison
            session(LocalDate.of(2026, 11, 20), 6, 5));

    List<CalmWeeks.Week> weeks = CalmWeeks.of(entries, SETTINGS, TODAY, 3);

    assertThat(weeks).extracting(CalmWeeks.Week::start)
        .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16));
    assertThat(weeks).extracting(CalmWeeks.Week::sessions).containsExactly(2, 0, 2);
    assertThat(weeks.get(0).before()).isEqualTo(4.0);
    assertThat(weeks.get(0).after()).isEqualTo(6.0);
    assertThat(weeks.get(0).change()).isEqualTo(2.0);
    assertThat(weeks.get(1).before()).isNaN();
    assertThat(weeks.get(2).before()).isEqualTo(5.0);
    assertThat(weeks.get(2).after()).isEqualTo(6.5);
  }

  @Test
  void sessionsOutsideTheWeeksAndUnratedOnesAreLeftOut() {
    List<Entry> entries =
        List.of(
            session(LocalDate.of(2026, 10, 30), 1, 10),
            session(LocalDate.of(2026, 11, 18), null, null),
            session(LocalDate.of(2026, 11, 19), 2, 9));

    assertThat(CalmWeeks.of(entries, SETTINGS, TODAY, 1))
        .singleElement()
        .satisfies(w -> {
          assertThat(w.sessions()).isEqualTo(1);
          assertThat(w.change()).isEqualTo(7.0);
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  @DisplayName("each week's averages match a direct sum over random sessions")
  void matchesADirectSum(long seed) {
    Random random = new Random(seed);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      LocalDate date = TODAY.minusDays(random.nextInt(70));
      entries.add(session(date, 1 + random.nextInt(10), 1 + random.nextInt(10)));
    }

    List<CalmWeeks.Week> weeks = CalmWeeks.of(entries, SETTINGS, TODAY, 8);

    for (CalmWeeks.Week w : weeks) {
      List<Amount.Session> in =
          entries.stream()
              .filter(e -> !e.date().isBefore(w.start()) && e.date().isBefore(w.start().plusDays(7)))
              .map(e -> (Amount.Session) e.amount())
              .toList();
      assertThat(w.sessions()).isEqualTo(in.size());
      if (!in.isEmpty()) {
        assertThat(w.before()).isCloseTo(in.stream().mapToInt(Amount.Session::calmBefore).average().orElseThrow(), within(1e-9));
        assertThat(w.after()).isCloseTo(in.stream().mapToInt(Amount.Session::calmAfter).average().orElseThrow(), within(1e-9));
      }
    }
  }
}
