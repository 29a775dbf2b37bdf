package dev.steady.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FlockTest {
  static Stream<Arguments> waits() {
    Random random = new Random(20261205);
    Stream<Long> edges = Stream.of(0L, 999_999L, 1_000_000L, 9_000_000L, 10_000_000L, 99_999_999L, 100_000_000L,
        999_999_999L, 1_000_000_000L, 5_000_000_000L, 5_007_000_000L, 86_400_123_456_789L);
    Stream<Long> randoms = Stream.generate(() -> (long) (random.nextDouble() * 120e9)).limit(200);
    return Stream.concat(edges, randoms).map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("waits")
  void theWaitIsGivenInSecondsToTheWholeMillisecond(long nanos) {
    long millis = nanos / 1_000_000;

    assertThat(Flock.seconds(nanos))
        .isEqualTo(String.format(Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000));
  }
}
