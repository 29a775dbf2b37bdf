package dev.steady.json;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number edge, held to jackson-core: the value steady's parser reads is the double jackson-core reads,
 * to the last bit, and a number is whole (a long) exactly when jackson-core reads it as an int or a long.
 */
class NumberTextTest {
  private static final JsonFactory JACKSON = new JsonFactory();

  @ParameterizedTest(name = "{0}")
  @DisplayName("edges read as jackson-core reads them")
  @ValueSource(
      strings = {
        "0", "-0", "0.0", "-0.0", "1", "-1", "0.5", "0.1", "0.2", "0.3", "5.9", "240.0", "6.5", "300.0",
        "0.30000000000000004", "1e22", "1e23", "1E22", "1e+22", "1e-22", "1e-23",
        "9007199254740991", "9007199254740992", "9007199254740993", "900719925474099.3", "900719925474099.25",
        "0.9007199254740993", "123456789012345678", "1234567890123456789012",
        // more than 22 fraction digits, with few significant ones: once an out-of-bounds crash
        "0.00000000000000000000001", "0.000000000000000000000001", "1.00000000000000000000000",
        "0.0000000000000000000000000000000000000001", "-0.00000000000000000000000000000005",
        "1.0000000000000000000000000000000000000000000000000000000000000000000000001",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "9223372036854776", "18446744073709551616", "1e300", "-1e300", "1e308", "1.7976931348623157e308",
        "1.7976931348623159e308", "1e309", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4e-324", "2.5e-324",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "0e0", "0E-0", "0.0e+1000000", "1e-1000000",
        "2.220446049250313e-16", "8.98846567431158e307", "7.0E-10", "1.5", "3.14159265358979323846264338327950288"
      })
  void edges(String number) throws IOException {
    assertSameAsJackson(number);
  }

  @ParameterizedTest(name = "seed {0}")
  @DisplayName("random numbers of every shape read as jackson-core reads them")
  @MethodSource("seeds")
  void random(long seed) throws IOException {
    Random random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      assertSameAsJackson(randomNumber(random));
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 20);
  }

  /** Signs, leading zeros in the fraction, long runs of digits, exponents: the shapes that take other paths. */
  private static String randomNumber(Random random) {
    StringBuilder n = new StringBuilder();
    if (random.nextBoolean()) {
      n.append('-');
    }
    int whole = random.nextInt(4) == 0 ? 0 : random.nextInt(25);
    n.append(whole == 0 ? "0" : digits(random, whole, true));
    if (random.nextBoolean()) {
      n.append('.').append("0".repeat(random.nextInt(4) == 0 ? random.nextInt(30) : 0));
      n.append(digits(random, 1 + random.nextInt(random.nextBoolean() ? 5 : 30), false));
    }
    if (random.nextInt(4) == 0) {
      n.append(random.nextBoolean() ? 'e' : 'E').append(List.of("", "+", "-").get(random.nextInt(3)));
      n.append(random.nextInt(random.nextBoolean() ? 30 : 400));
    }
    return n.toString();
  }

  private static String digits(Random random, int count, boolean first) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < count; i++) {
      d.append((char) ('0' + (i == 0 && first ? 1 + random.nextInt(9) : random.nextInt(10))));
    }
    return d.toString();
  }

  private static void assertSameAsJackson(String number) throws IOException {
    byte[] b = number.getBytes(US_ASCII);
    JsonCursor cursor = new JsonCursor(b, "n.json");
    assertThat(cursor.start()).isTrue();
    int end = cursor.numberEnd();
    assertThat(end).as(number).isEqualTo(b.length);
    try (JsonParser p = JACKSON.createParser(b)) {
      JsonToken token = p.nextToken();
      boolean jacksonWhole =
          token == JsonToken.VALUE_NUMBER_INT
              && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
      assertThat(cursor.isWhole(end)).as("%s is whole", number).isEqualTo(jacksonWhole);
      if (jacksonWhole) {
        assertThat(new JsonCursor(b, "n.json").whole(end)).as(number).isEqualTo(p.getLongValue());
      }
      double expected = p.getDoubleValue();
      assertThat(Double.doubleToRawLongBits(cursor.decimal(end)))
          .as("%s reads as %s", number, expected)
          .isEqualTo(Double.doubleToRawLongBits(expected));
    }
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("what is not a JSON number is refused where jackson-core refuses it")
  @ValueSource(strings = {"01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "1.5.5", "--1", "1_000", "Infinity", "NaN", "6d"})
  void notNumbers(String text) {
    boolean ours;
    try {
      Json.read(text.getBytes(US_ASCII), "n.json");
      ours = true;
    } catch (dev.steady.failure.Failure f) {
      ours = false;
    }
    boolean jackson;
    try (JsonParser p = JACKSON.createParser(text)) {
      while (p.nextToken() != null) {
        p.getNumberValue();
      }
      jackson = true;
    } catch (IOException e) {
      jackson = false;
    }
    assertThat(ours).as(text).isFalse().isEqualTo(jackson);
  }

}
