package dev.steady.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-read forms must accept exactly what java.time accepts, and read it the same. */
class IsoTextTest {
  private static final String CHARS = "0123456789-:+TZtz.  x";

  static LongStream seeds() {
    return LongStream.range(1, 11);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("dates read as LocalDate.parse reads them, or not at all")
  void dates(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 1000; i++) {
      String text = mutate(random, new RandomEntries(random.nextLong()).entry().date().toString());
      LocalDate expected = javaTime(text, t -> LocalDate.parse(t));
      assertThat(IsoText.date(ascii(text), 0, text.length())).as(text).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("times with offsets read as OffsetDateTime.parse reads them, or not at all")
  void instants(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 1000; i++) {
      String text = mutate(random, new RandomEntries(random.nextLong()).entry().recordedAt().toString());
      byte[] padded = ascii("<" + text + ">");
      OffsetDateTime expected = javaTime(text, t -> OffsetDateTime.parse(t));
      assertThat(IsoText.offsetDateTime(padded, 1, text.length())).as(text).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("times of day read only as HH:MM, as LocalTime reads that form")
  void timesOfDay(long seed) {
    Random random = new Random(seed);
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    for (int i = 0; i < 1000; i++) {
      String text = mutate(random, LocalTime.of(random.nextInt(24), random.nextInt(60)).format(hhmm));
      LocalTime expected = text.length() == 5 ? javaTime(text, t -> LocalTime.parse(t, hhmm)) : null;
      assertThat(IsoText.timeOfDay(ascii(text), 0, text.length())).as(text).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("dates and times are written as their toString() writes them")
  void written(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 1000; i++) {
      LocalDate date = LocalDate.of(year(random), 1 + random.nextInt(12), 1).plusDays(random.nextInt(31));
      int nanos = switch (random.nextInt(6)) {
        case 0 -> random.nextInt(1_000_000_000);
        case 1 -> random.nextInt(1000) * 1_000_000;
        default -> 0;
      };
      int offset = switch (random.nextInt(5)) {
        case 0 -> 0;
        case 1 -> random.nextInt(2 * 18 * 3600 + 1) - 18 * 3600;
        default -> (random.nextInt(2 * 18 * 4 + 1) - 18 * 4) * 15 * 60;
      };
      int second = random.nextBoolean() ? 0 : random.nextInt(60);
      OffsetDateTime time =
          OffsetDateTime.of(date, LocalTime.of(random.nextInt(24), random.nextInt(60), second, nanos), ZoneOffset.ofTotalSeconds(offset));

      assertThat(IsoText.format(date)).isEqualTo(date.toString());
      assertThat(IsoText.format(time)).isEqualTo(time.toString());
    }
  }

  /** Mostly a year near now; else one of four digits, or beyond them, or before year 0. */
  private static int year(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> random.nextInt(10_000);
      case 1 -> random.nextInt(1_000_000) - 500_000;
      default -> 1990 + random.nextInt(60);
    };
  }

  /** Half the time the text as it is; otherwise a few characters changed, added or cut. */
  private static String mutate(Random random, String text) {
    StringBuilder s = new StringBuilder(text);
    for (int n = random.nextBoolean() ? 0 : 1 + random.nextInt(3); n > 0 && s.length() > 0; n--) {
      int at = random.nextInt(s.length());
      char c = CHARS.charAt(random.nextInt(CHARS.length()));
      switch (random.nextInt(3)) {
        case 0 -> s.setCharAt(at, c);
        case 1 -> s.insert(at, c);
        default -> s.deleteCharAt(at);
      }
    }
    return s.toString();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static <T> T javaTime(String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
