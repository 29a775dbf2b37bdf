package dev.steady.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.steady.failure.Failure;
import dev.steady.json.Json;
import dev.steady.time.DateText;
import dev.steady.time.DurationText;
import dev.steady.time.TimeText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The parsers of what people type and write, over arbitrary input: each either returns a sound value or
 * refuses with the one exception its callers turn into a clear line. Anything else escaping is a bug.
 * {@code mvn test} replays the saved inputs; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ParserFuzzTest {
  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @FuzzTest(maxDuration = "1m")
  void durationText(byte[] input) {
    Duration d;
    try {
      d = DurationText.parse(text(input));
    } catch (IllegalArgumentException refused) {
      return;
    }
    assertThat(d.isNegative()).isFalse();
    assertThat(DurationText.format(d)).isNotEmpty();
  }

  @FuzzTest(maxDuration = "1m")
  void timeOfDay(byte[] input) {
    LocalTime t;
    try {
      t = TimeText.parse(text(input));
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).startsWith("expected " + TimeText.EXPECTED);
      return;
    }
    assertThat(t.getSecond()).isZero();
    assertThat(t.getNano()).isZero();
    assertThat(TimeText.parse(TimeText.format(t))).isEqualTo(t);
  }

  /** A date is {@code YYYY-MM-DD} (a year of four digits from 1900, no sign), {@code today} or {@code yesterday}. */
  @FuzzTest(maxDuration = "1m")
  void date(byte[] input) {
    LocalDate today = LocalDate.of(2026, 11, 20);
    LocalDate d;
    try {
      d = DateText.parse(text(input), today);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).startsWith("expected ");
      return;
    }
    assertThat(d.getYear()).isBetween(1900, 9999);
    assertThat(DateText.parse(d.toString(), today)).isEqualTo(d);
  }

  @FuzzTest(maxDuration = "1m")
  void ratio(byte[] input) {
    Ratio r;
    try {
      r = Ratio.parse(text(input));
    } catch (IllegalArgumentException refused) {
      return;
    }
    assertThat(r.inhale()).isPositive();
    assertThat(r.exhale()).isPositive();
    assertThat(r.at(6).seconds()).isCloseTo(10, within(1e-9));
  }

  @FuzzTest(maxDuration = "3m")
  void planReader(byte[] input) {
    Plan plan;
    try {
      plan = PlanReader.read("fuzz", Json.read(input, "fuzz.json"));
    } catch (Failure refused) {
      assertThat(refused.getMessage()).startsWith("fuzz.json");
      return;
    }
    Schedule s = Schedule.of(plan, SessionOptions.PLAN_AS_WRITTEN);
    assertThat(s.breaths()).isPositive();
    assertThat(s.totalNanos()).isPositive();
  }
}
