package dev.steady.habit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StreakEngineSpeedTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

  /** Ten years of every default habit, about 25 000 entries. */
  static List<Entry> tenYears() {
    Random r = new Random(7);
    Log log = new Log();
    for (LocalDate d = TODAY.minusYears(10); !d.isAfter(TODAY); d = d.plusDays(1)) {
      log.session(d, 60 + r.nextInt(300));
      log.session(d, 60 + r.nextInt(300));
      log.add("sleep", d, new Amount.Night(LocalTime.of(22, 40).plusMinutes(r.nextInt(60)),
          LocalTime.of(6, 40).plusMinutes(r.nextInt(60))));
      log.minutes("move", d, r.nextInt(40));
      if (r.nextBoolean()) {
        log.minutes("move", d, r.nextInt(20));
      }
      log.items("plants", d, "kale", "oats", "p" + r.nextInt(60));
      log.count("fermented", d, 1);
      if (r.nextBoolean()) {
        log.count("omega3", d, 1);
      }
    }
    return log.entries();
  }

  @Test
  @DisplayName("ten years of log take milliseconds, not seconds")
  void tenYearsInMilliseconds() {
    List<Entry> entries = tenYears();
    assertThat(entries).hasSizeGreaterThan(24_000);
    Settings settings = Settings.defaults();
    // processor time of this thread, so that other work on a shared machine does not count
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[15];
    for (int i = 0; i < nanos.length; i++) {
      long start = threads.getCurrentThreadCpuTime();
      StreakEngine.statuses(entries, settings, TODAY, 90);
      nanos[i] = threads.getCurrentThreadCpuTime() - start;
    }
    Arrays.sort(nanos);
    // a generous bound; the median measured is 2-6 ms
    assertThat(Duration.ofNanos(nanos[nanos.length / 2])).isLessThan(Duration.ofMillis(100));
  }
}
