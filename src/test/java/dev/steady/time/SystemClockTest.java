package dev.steady.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The lazy system clock tells the same time as Clock.systemDefaultZone(), in every zone, across its changes. */
class SystemClockTest {
  private static final List<String> ZONES = List.of(
      "Europe/Berlin", "America/New_York", "America/St_Johns", "Australia/Lord_Howe", "Pacific/Chatham",
      "Asia/Kolkata", "Asia/Kathmandu", "Africa/Casablanca", "America/Santiago", "Etc/UTC", "GMT+05:30");

  static LongStream seeds() {
    return LongStream.range(1, 11);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("an instant is at the date, time and offset java.time's zone rules give it, around their changes too")
  void sameOffsetAsTheZoneRules(long seed) {
    Random random = new Random(seed);
    for (String id : ZONES) {
      TimeZone zone = TimeZone.getTimeZone(id);
      ZoneId rules = zone.toZoneId();
      for (int i = 0; i < 200; i++) {
        Instant instant = Instant.ofEpochSecond(random.nextLong(Instant.parse("2100-01-01T00:00:00Z").getEpochSecond()));
        ZoneOffsetTransition change = rules.getRules().nextTransition(instant);
        if (change != null && random.nextBoolean()) {
          instant = change.getInstant().plusSeconds(random.nextInt(3) - 1);
        }
        instant = instant.plusNanos(random.nextInt(1_000_000_000));

        assertThat(SystemClock.at(instant, zone).toOffsetDateTime()).as(id + " at " + instant)
            .isEqualTo(instant.atZone(rules).toOffsetDateTime());
      }
    }
  }

  @Test
  void it_is_the_system_clock_in_the_system_zone() {
    SystemClock clock = new SystemClock();
    ZonedDateTime before = ZonedDateTime.now(Clock.systemDefaultZone()).truncatedTo(ChronoUnit.MILLIS);
    ZonedDateTime now = clock.now();
    ZonedDateTime after = ZonedDateTime.now(Clock.systemDefaultZone());

    assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
    assertThat(now.getOffset()).isIn(before.getOffset(), after.getOffset());
    assertThat(now.toInstant()).isBetween(before.toInstant(), after.toInstant());
    assertThat(clock.instant()).isAfterOrEqualTo(now.toInstant());
  }
}
