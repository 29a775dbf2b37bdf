package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.store.LogContents;
import dev.steady.store.LogFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code due}, {@code streaks}, {@code why} and {@code week} on a log long enough for the cache of closed weeks: the cache is
 * made beside the log, and every output (text and JSON) is the same from a warm cache, after a write that only
 * appends, after one that deletes, from a damaged cache, and with no cache at all (a folder that cannot hold it).
 */
@DisplayName("the cache of closed weeks, through the commands")
class ClosedWeeksCacheCommandTest {
  private static final List<List<String>> COMMANDS = List.of(
      List.of("due"), List.of("due", "--json"), List.of("streaks"), List.of("streaks", "--json"), List.of("streaks", "--days", "120"),
      List.of("why", "move"), List.of("why", "fermented", "--json"), List.of("why", "plants"), List.of("why", "sleep"),
      List.of("week"), List.of("week", "--json"), List.of("week", "--date", "2026-11-30"),
      List.of("week", "--date", "2025-06-11"));

  @TempDir Path home;
  @TempDir Path bare;
  Steady steady;

  /** Four years of the default habits up to Saturday 5 December 2026: a log of more than 1 MiB. */
  @BeforeEach
  void fourYears() {
    Random r = new Random(7);
    LocalDate today = LocalDate.of(2026, 12, 5);
    List<Entry> entries = new ArrayList<>();
    for (LocalDate d = today.minusYears(4); !d.isAfter(today); d = d.plusDays(1)) {
      var at = d.atTime(12, 0).atOffset(ZoneOffset.ofHours(1));
      int n = entries.size();
      if (r.nextInt(5) > 0) {
        entries.add(new Entry("m" + n, "move", d, at, new Amount.Time(Duration.ofMinutes(10 + r.nextInt(30))), "a walk"));
      }
      if (r.nextInt(4) > 0) {
        entries.add(new Entry("f" + n, "fermented", d, at.plusSeconds(1), new Amount.Count(1), null));
      }
      entries.add(new Entry("p" + n, "plants", d, at.plusSeconds(2), new Amount.Items(List.of("kale", "oats", "p" + r.nextInt(60))), null));
      entries.add(new Entry("s" + n, "sleep", d, at.plusSeconds(3),
          new Amount.Night(LocalTime.of(22, 30 + r.nextInt(30)), LocalTime.of(6, 30 + r.nextInt(30))), null));
      entries.add(new Entry("b" + n, "breathe", d, at.plusSeconds(4), new Amount.Session("resonance", true, 30, 60 + r.nextInt(300), 6,
          r.nextInt(5) == 0 ? 4 : null, r.nextInt(5) == 0 ? 7 : null, List.of()), null));
      if (r.nextInt(40) == 0) {
        entries.add(new Entry("r" + n, "move", d, at.plusSeconds(5), new Amount.Rest(), null));
      }
    }
    for (Path h : List.of(home, bare)) {
      new LogFile(h.resolve("log.json")).change(l -> new LogFile.Change<>(new LogContents(entries, List.of()), null));
    }
    steady = new Steady(home, "2026-12-05T12:00");
  }

  @Test
  @DisplayName("every output is the same from the cache, warm or after any write, as without it")
  void sameWithOrWithoutTheCache() throws Exception {
    assertThat(Files.size(home.resolve("log.json"))).isGreaterThan(1L << 20);
    Files.writeString(bare.resolve("cache"), "a file where the cache's folder would go");
    Steady without = new Steady(bare, "2026-12-05T12:00");

    assertSame(without, "made");
    assertThat(home.resolve("cache/closed-weeks")).isRegularFile();
    assertSame(without, "warm");
    both(without, "log", "move", "30m");
    both(without, "log", "plants", "rye", "--date", "yesterday");
    assertSame(without, "after appending");
    both(without, "skip", "fermented");
    both(without, "log", "fermented", "--date", "2026-01-05");
    assertSame(without, "after a backdated entry");
    both(without, "undo");
    assertSame(without, "after undo");
    Files.write(home.resolve("cache/closed-weeks"), new byte[] {1, 2, 3});
    assertSame(without, "from a damaged cache");
  }

  private void both(Steady without, String... args) {
    assertThat(steady.run(args).code()).isZero();
    assertThat(without.run(args).code()).isZero();
  }

  private void assertSame(Steady without, String when) {
    Map<String, String> expected = new LinkedHashMap<>();
    Map<String, String> actual = new LinkedHashMap<>();
    for (List<String> command : COMMANDS) {
      CommandRun with = steady.run(command.toArray(new String[0]));
      CommandRun alone = without.run(command.toArray(new String[0]));
      actual.put(String.join(" ", command), with.code() + "\n" + with.out() + with.err());
      expected.put(String.join(" ", command), alone.code() + "\n" + alone.out() + alone.err());
    }
    assertThat(actual).as(when).isEqualTo(expected);
  }
}
