package dev.steady.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An entry put where a log's entries end makes the very bytes that writing the longer log whole makes, and a
 * stamp describes only the bytes it was made of.
 */
class LastWriteTest {
  @TempDir Path dir;

  static LongStream seeds() {
    return LongStream.range(1, 101);
  }

  private static byte[] alone(Entry e) {
    return LogFile.render(new LogContents(List.of(e), List.of()));
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("an entry put in place, again and again, makes what a whole write of the longer log makes")
  void puttingInPlaceIsWritingWhole(long seed) {
    Random random = new Random(seed);
    RandomEntries entries = new RandomEntries(seed);
    LogContents log = LogRenderTest.randomLog(random, entries);
    byte[] bytes = LogFile.render(log);
    for (int n = 0; n < 3; n++) {
      LastWrite last = LastWrite.of(bytes);
      if (log.entries().isEmpty()) {
        assertThat(last).isNull();
        return;
      }
      assertThat(last.describes(bytes)).isTrue();
      Entry e = random.nextBoolean() ? entries.entry() : LogRenderTest.awkward(random, entries.entry());
      byte[] after = last.plus(bytes, alone(e));
      log = log.plus(e);
      bytes = LogFile.render(log);
      assertThat(text(after)).isEqualTo(text(bytes));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("a stamp does not describe bytes with any one byte changed")
  void oneByteChanged(long seed) {
    Random random = new Random(seed);
    byte[] bytes = LogFile.render(new LogContents(new RandomEntries(seed).entries(1 + random.nextInt(20)), List.of()));
    LastWrite last = LastWrite.of(bytes);
    byte[] changed = bytes.clone();
    int at = random.nextInt(changed.length);
    changed[at] = (byte) (changed[at] + 1 + random.nextInt(255));

    assertThat(last.describes(changed)).isFalse();
    assertThat(last.describes(java.util.Arrays.copyOf(bytes, bytes.length + 1))).isFalse();
  }

  @Test
  @DisplayName("text that looks like the end of the entries is escaped, and the real end is found")
  void textLikeTheEnd() {
    String end = "\n  ],\n  \"deleted\": [ ]\n}\n";
    Entry tricky = new Entry("a", "plants", LocalDate.of(2026, 12, 1), OffsetDateTime.parse("2026-12-01T09:00:00Z"),
        new Amount.Items(List.of(end)), end);
    LogContents log = new LogContents(List.of(tricky), List.of());
    byte[] bytes = LogFile.render(log);
    Entry next = new Entry("b", "plants", LocalDate.of(2026, 12, 2), OffsetDateTime.parse("2026-12-02T09:00:00Z"),
        new Amount.Items(List.of("kale")), end);

    assertThat(text(LastWrite.of(bytes).plus(bytes, alone(next)))).isEqualTo(text(LogFile.render(log.plus(next))));
  }

  @Test
  @DisplayName("a log with no entries yet, or another's bytes, has no stamp: it is written whole")
  void nothingToPutInPlace() {
    assertThat(LastWrite.of(LogFile.render(LogContents.EMPTY))).isNull();
    assertThat(LastWrite.of(LogFile.bytesOf(new LogContents(new RandomEntries(1).entries(3), List.of()), "{ }"))).isNull();
    assertThat(LastWrite.of("[ ]".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(LastWrite.of(new byte[0])).isNull();
  }

  @Test
  @DisplayName("a stamp kept in the cache comes back as it was")
  void keptAndReadBack() throws IOException {
    Path log = Files.writeString(dir.resolve("log.json"), "{}");
    CacheFile file = new CacheFile(dir.resolve("cache/last-write"), log, LastWrite.MAX_BYTES);
    LastWrite last = LastWrite.of(LogFile.render(new LogContents(new RandomEntries(2).entries(5), List.of())));
    last.write(file);

    assertThat(LastWrite.read(file)).isEqualTo(last);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "steady last write 1\n", "steady last write 1\n1 2 3\n", "steady last write 2\n1 2 3 4\n",
      "steady last write 1\n1 2 3 4\nmore\n", "steady last write 1\nx 2 3 4\n", "steady last write 1\n1 2 3 4"})
  @DisplayName("a stamp that is not whole, or of another format, is none")
  void brokenStamp(String stamp) throws IOException {
    Path log = Files.writeString(dir.resolve("log.json"), "{}");
    Path file = dir.resolve("last-write");
    Files.writeString(file, stamp);

    assertThat(LastWrite.read(new CacheFile(file, log, LastWrite.MAX_BYTES))).isNull();
  }

  @Test
  @DisplayName("a missing stamp, a folder or a link in its place is none")
  void noStamp() throws IOException {
    Path log = Files.writeString(dir.resolve("log.json"), "{}");
    assertThat(LastWrite.read(new CacheFile(dir.resolve("none"), log, LastWrite.MAX_BYTES))).isNull();
    Path folder = Files.createDirectory(dir.resolve("folder"));
    assertThat(LastWrite.read(new CacheFile(folder, log, LastWrite.MAX_BYTES))).isNull();
    Path real = Files.writeString(dir.resolve("real"), "steady last write 1\n1 2 3 4\n");
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    assertThat(LastWrite.read(new CacheFile(link, log, LastWrite.MAX_BYTES))).isNull();
    assertThat(LastWrite.read(new CacheFile(real, log, LastWrite.MAX_BYTES))).isEqualTo(new LastWrite(1, 2, 3, 4));
  }
}
