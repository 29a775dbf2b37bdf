package dev.steady.breath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("find-rate's choice of rate")
class ResonanceStepsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "4,5,5,3,2|6.0", // 6 and 5.5 tie: 6 is nearer 6
        "4,3,5,5,2|5.5", // 5.5 and 5 tie: 5.5 is nearer
        "5,1,5,1,1|5.5", // 6.5 and 5.5 are equally near: the slower
        "1,1,1,1,5|4.5",
        "3,3,3,3,3|6.0",
        "5,4,4,4,4|6.5"
      })
  void choosesTheMostComfortableTiesNearerSix(String ratings, double expected) {
    List<Integer> comfort = Arrays.stream(ratings.split(",")).map(Integer::valueOf).toList();

    assertThat(ResonanceSteps.choose(comfort)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 7, 42, 99, 2026, 31337})
  @DisplayName("over seeded rating sets: the choice has the highest comfort, and no rate of that comfort is nearer 6")
  void seededRatingSets(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 500; round++) {
      List<Integer> comfort = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        comfort.add(random.nextInt(6) == 0 ? null : 1 + random.nextInt(5));
      }
      Double chosen = ResonanceSteps.choose(comfort);
      if (comfort.stream().allMatch(c -> c == null)) {
        assertThat(chosen).isNull();
        continue;
      }
      int best = comfort.stream().filter(c -> c != null).max(Comparator.naturalOrder()).orElseThrow();
      Integer chosenComfort = comfort.get(ResonanceSteps.RATES.indexOf(chosen));
      assertThat(chosenComfort).as("comfort of the choice in %s", comfort).isEqualTo(best);
      IntStream.range(0, 5)
          .filter(i -> comfort.get(i) != null && comfort.get(i) == best)
          .mapToObj(ResonanceSteps.RATES::get)
          .forEach(rate -> assertThat(Math.abs(chosen - 6)).as("%s against %s in %s", chosen, rate, comfort)
              .isLessThanOrEqualTo(Math.abs(rate - 6)));
    }
  }
}
