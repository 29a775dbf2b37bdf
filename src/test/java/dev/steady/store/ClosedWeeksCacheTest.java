package dev.steady.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.steady.habit.Amount;
import dev.steady.habit.CalmWeeks;
import dev.steady.habit.Entry;
import dev.steady.habit.Habit;
import dev.steady.habit.HabitLog;
import dev.steady.habit.Settings;
import dev.steady.habit.StreakEngine;
import dev.steady.habit.WeekReview;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cache of closed weeks gives what the whole log gives: after every change a log sees (entries appended,
 * backdated, deleted, undone, edited, rest days, merged copies), as the days pass and the settings change, and
 * whatever happens to the cache file itself (corrupt, cut short, another format, too big, a link, a FIFO,
 * someone else's), the reviews from {@link ClosedWeeksCache#read} equal those from every entry.
 */
class ClosedWeeksCacheTest {
  private static final Set<ClosedWeeksCache.Source> SEEN = EnumSet.noneOf(ClosedWeeksCache.Source.class);
  private static int seedsRun;
  private static final String[] PLANTS = {"kale", "Kale", "oats", "rye", "lentils", "leek", "fig", "beans", "pea"};

  @TempDir Path home;

  private Path logPath() {
    return home.resolve("log.json");
  }

  private Path cachePath() {
    return home.resolve("cache").resolve("closed-weeks");
  }

  private ClosedWeeksCache cache() {
    return new ClosedWeeksCache(cachePath(), new LogFile(logPath()), 0);
  }

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 30).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyReviewFromTheCacheIsTheReviewFromTheWholeLog(long seed) throws IOException {
    Random r = new Random(seed);
    LocalDate today = LocalDate.of(2025, 3, 1).plusDays(r.nextInt(600));
    Settings settings = settings(r);
    List<Entry> start = new ArrayList<>();
    for (LocalDate d = today.minusDays(150 + r.nextInt(600)); !d.isAfter(today); d = d.plusDays(1)) {
      for (int n = r.nextInt(6); n > 0; n--) {
        start.add(entry(r, d, start.size()));
      }
    }
    LogFile log = new LogFile(logPath());
    log.change(l -> new LogFile.Change<>(new LogContents(start, List.of()), null));
    int counter = start.size();
    seedsRun++;
    for (int step = 0; step < 14; step++) {
      int what = r.nextInt(12);
      ClosedWeeksCache.Source expected = null;
      switch (what) {
        case 0, 1 -> expected = step == 0 ? ClosedWeeksCache.Source.WHOLE : ClosedWeeksCache.Source.UNCHANGED;
        case 2, 3 -> {
          log.append(entry(r, today.minusDays(r.nextInt(3)), counter++));
          expected = step == 0 ? ClosedWeeksCache.Source.WHOLE : ClosedWeeksCache.Source.APPENDED;
        }
        case 4 -> log.append(entry(r, today.minusDays(r.nextInt(400)), counter++)); // backdated, maybe closed
        case 5 -> log.change(l -> new LogFile.Change<>(l.minus(List.of(l.entries().get(r.nextInt(l.entries().size()))), now()), null));
        case 6 -> log.removeLast(now());
        case 7 -> {
          Entry old = log.entries().get(r.nextInt(log.entries().size()));
          Entry edited = entry(r, old.date(), counter++);
          log.change(l -> new LogFile.Change<>(l.minus(List.of(old), now()).plus(edited), null));
        }
        case 8 -> log.append(new Entry("rest" + counter++, "move", today, now(), new Amount.Rest(), null));
        case 9 -> today = today.plusDays(1 + r.nextInt(r.nextBoolean() ? 3 : 40));
        case 10 -> settings = settings(r);
        default -> damage(r);
      }
      List<Entry> entries = log.entries();
      int days = r.nextInt(4) == 0 ? 1 + r.nextInt(366) : 28;
      ClosedWeeksCache cache = cache();
      HabitLog fromCache = cache.read(settings, today, StreakEngine.earliest(settings, today, days));
      SEEN.add(cache.source());
      String about = "seed " + seed + ", step " + step + " (" + what + ")";
      if (expected != null && days == 28) {
        assertThat(cache.source()).as(about).isEqualTo(expected);
      }
      assertThat(StreakEngine.statuses(fromCache, settings, today, days)).as(about)
          .isEqualTo(StreakEngine.statuses(entries, settings, today, days));
      assertThat(StreakEngine.statuses(cache().read(settings, today, StreakEngine.earliest(settings, today, 0)), settings, today, 0))
          .as(about + ", why").isEqualTo(StreakEngine.statuses(entries, settings, today, 0));
      LocalDate first = settings.weekOf(today.minusDays(7 * r.nextInt(3)));
      HabitLog forWeek = cache().read(settings, today, WeekReview.earliest(settings, first, today));
      assertThat(WeekReview.of(forWeek, settings, first, today)).as(about + ", week")
          .isEqualTo(WeekReview.of(entries, settings, first, today));
      assertThat(CalmWeeks.of(forWeek.since(), settings, first, 1)).isEqualTo(CalmWeeks.of(entries, settings, first, 1));
      assertThat(Files.readAllBytes(logPath())).as(about + ": the log is only read")
          .isEqualTo(LogFile.bytesOf(new LogContents(entries, log.contents().deleted()), null));
    }
  }

  @AfterAll
  static void everyWayOfReadingWasTaken() {
    assumeThat(seedsRun).as("every seed ran").isEqualTo((int) seeds().count());
    assertThat(SEEN).containsAll(EnumSet.of(
        ClosedWeeksCache.Source.UNCHANGED, ClosedWeeksCache.Source.APPENDED, ClosedWeeksCache.Source.WHOLE));
  }

  @Test
  void aShortLogHasNoCache() {
    writeLog(30);
    ClosedWeeksCache cache = new ClosedWeeksCache(cachePath(), new LogFile(logPath()));

    cache.read(Settings.defaults(), TODAY, StreakEngine.earliest(Settings.defaults(), TODAY, 28));

    assertThat(cache.source()).isEqualTo(ClosedWeeksCache.Source.SHORT);
    assertThat(home.resolve("cache")).doesNotExist();
  }

  @Test
  void aDamagedOrForeignCacheIsPassedOverAndMadeAgain() throws Exception {
    writeLog(400);
    Settings settings = Settings.defaults();
    LocalDate earliest = StreakEngine.earliest(settings, TODAY, 28);
    List<?> expected = StreakEngine.statuses(new LogFile(logPath()).entries(), settings, TODAY, 28);
    cache().read(settings, TODAY, earliest);
    byte[] good = Files.readAllBytes(cachePath());

    List<byte[]> damaged = new ArrayList<>();
    damaged.add(new byte[0]);
    damaged.add(java.util.Arrays.copyOf(good, good.length / 2));
    byte[] flipped = good.clone();
    flipped[flipped.length / 3] ^= 0x10;
    damaged.add(flipped);
    damaged.add(withFormat(good, ClosedWeeksCache.FORMAT + 1));
    for (byte[] bad : damaged) {
      Files.write(cachePath(), bad);
      ClosedWeeksCache cache = cache();
      assertThat(StreakEngine.statuses(cache.read(settings, TODAY, earliest), settings, TODAY, 28)).isEqualTo(expected);
      assertThat(cache.source()).isEqualTo(ClosedWeeksCache.Source.WHOLE);
      assertThat(Files.readAllBytes(cachePath())).isEqualTo(good);
    }

    try (RandomAccessFile big = new RandomAccessFile(cachePath().toFile(), "rw")) {
      big.setLength(ClosedWeeksCache.MAX_BYTES + 1); // sparse
    }
    ClosedWeeksCache cache = cache();
    cache.read(settings, TODAY, earliest);
    assertThat(cache.source()).isEqualTo(ClosedWeeksCache.Source.WHOLE);
    assertThat(Files.size(cachePath())).isEqualTo(good.length);
  }

  @Test
  void aCacheThatIsALinkIsNeitherReadNorWrittenThrough() throws Exception {
    writeLog(400);
    Settings settings = Settings.defaults();
    LocalDate earliest = StreakEngine.earliest(settings, TODAY, 28);
    cache().read(settings, TODAY, earliest);
    Path elsewhere = home.resolve("elsewhere");
    Files.move(cachePath(), elsewhere);
    byte[] before = Files.readAllBytes(elsewhere);
    Files.createSymbolicLink(cachePath(), elsewhere);

    ClosedWeeksCache cache = cache();
    cache.read(settings, TODAY, earliest);

    assertThat(cache.source()).isEqualTo(ClosedWeeksCache.Source.WHOLE);
    assertThat(Files.isSymbolicLink(cachePath())).isFalse();
    assertThat(Files.readAllBytes(elsewhere)).isEqualTo(before);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aCacheThatIsAFifoIsPassedOverWithoutWaiting() throws Exception {
    assumeThat(Path.of("/usr/bin/mkfifo")).isExecutable();
    writeLog(400);
    Files.createDirectories(cachePath().getParent());
    assertThat(new ProcessBuilder("mkfifo", cachePath().toString()).start().waitFor()).isZero();
    Settings settings = Settings.defaults();

    ClosedWeeksCache cache = cache();
    HabitLog read = cache.read(settings, TODAY, StreakEngine.earliest(settings, TODAY, 28));

    assertThat(StreakEngine.statuses(read, settings, TODAY, 28))
        .isEqualTo(StreakEngine.statuses(new LogFile(logPath()).entries(), settings, TODAY, 28));
    assertThat(cache.source()).isEqualTo(ClosedWeeksCache.Source.WHOLE);
    assertThat(Files.isRegularFile(cachePath(), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isTrue();
  }

  @Test
  void aTempFileLeftByAKilledWriteIsRemovedByTheNextWrite() throws Exception {
    writeLog(400);
    Files.createDirectories(cachePath().getParent());
    Path dead = cachePath().resolveSibling(".closed-weeks.999999999.12345.tmp");
    Path alive = cachePath().resolveSibling(".closed-weeks." + ProcessHandle.current().pid() + ".12345.tmp");
    Files.writeString(dead, "cut short");
    Files.writeString(alive, "being written");

    cache().read(Settings.defaults(), TODAY, StreakEngine.earliest(Settings.defaults(), TODAY, 28));

    assertThat(dead).doesNotExist();
    assertThat(alive).exists();
    assertThat(cachePath()).isRegularFile();
  }

  @Test
  void aCacheThatCannotBeWrittenIsLeftOut() throws Exception {
    writeLog(400);
    Files.writeString(home.resolve("cache"), "a file where the cache's folder would go");
    Settings settings = Settings.defaults();

    ClosedWeeksCache cache = cache();
    HabitLog read = cache.read(settings, TODAY, StreakEngine.earliest(settings, TODAY, 28));

    assertThat(StreakEngine.statuses(read, settings, TODAY, 28))
        .isEqualTo(StreakEngine.statuses(new LogFile(logPath()).entries(), settings, TODAY, 28));
    assertThat(home.resolve("cache")).isRegularFile();
    try (Stream<Path> files = Files.list(home)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void rootLeavesACacheTheLogsOwnerOwnsAndPassesOverSomeoneElses() throws Exception {
    assumeThat(System.getProperty("user.name")).as("runs as root").isEqualTo("root");
    writeLog(400);
    chown("4321:4322", home, logPath());
    Settings settings = Settings.defaults();
    LocalDate earliest = StreakEngine.earliest(settings, TODAY, 28);

    cache().read(settings, TODAY, earliest);

    for (Path made : List.of(cachePath().getParent(), cachePath())) {
      Map<String, Object> owner = Files.readAttributes(made, "unix:uid,gid");
      assertThat(owner).as(made.toString()).containsEntry("uid", 4321).containsEntry("gid", 4322);
    }
    ClosedWeeksCache cache = cache();
    cache.read(settings, TODAY, earliest);
    assertThat(cache.source()).isEqualTo(ClosedWeeksCache.Source.UNCHANGED);

    chown("4999:4999", cachePath());
    cache = cache();
    cache.read(settings, TODAY, earliest);
    assertThat(cache.source()).isEqualTo(ClosedWeeksCache.Source.WHOLE);
    assertThat(Files.readAttributes(cachePath(), "unix:uid")).containsEntry("uid", 4321);
  }

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  private void writeLog(int days) {
    Random r = new Random(days);
    List<Entry> entries = new ArrayList<>();
    for (LocalDate d = TODAY.minusDays(days); !d.isAfter(TODAY); d = d.plusDays(1)) {
      for (int n = r.nextInt(6); n > 0; n--) {
        entries.add(entry(r, d, entries.size()));
      }
    }
    new LogFile(logPath()).change(l -> new LogFile.Change<>(new LogContents(entries, List.of()), null));
  }

  private static void chown(String owner, Path... files) throws Exception {
    for (Path f : files) {
      assertThat(new ProcessBuilder("chown", owner, f.toString()).inheritIO().start().waitFor()).isZero();
    }
  }

  /** A whole cache of another format: the format number changed and the checksum made again. */
  private static byte[] withFormat(byte[] cache, int format) {
    byte[] b = cache.clone();
    int at = 2 + ((b[0] & 0xff) << 8 | (b[1] & 0xff)); // after the magic, a modified-UTF-8 string
    ByteBuffer.wrap(b).putInt(at, format);
    CRC32 crc = new CRC32();
    crc.update(b, 0, b.length - Long.BYTES);
    ByteBuffer.wrap(b).putLong(b.length - Long.BYTES, crc.getValue());
    return b;
  }

  /** Cuts the cache short, flips a byte in it, or fills it with noise, or deletes it. */
  private void damage(Random r) throws IOException {
    if (!Files.exists(cachePath())) {
      return;
    }
    byte[] b = Files.readAllBytes(cachePath());
    switch (r.nextInt(4)) {
      case 0 -> Files.write(cachePath(), java.util.Arrays.copyOf(b, r.nextInt(b.length)));
      case 1 -> {
        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        Files.write(cachePath(), b);
      }
      case 2 -> {
        r.nextBytes(b);
        Files.write(cachePath(), b);
      }
      default -> Files.delete(cachePath());
    }
  }

  private static Settings settings(Random r) {
    List<Habit> habits = new ArrayList<>(Settings.DEFAULT_HABITS);
    if (r.nextBoolean()) {
      habits.add(new Habit.WeeklyAtMost("alcohol", r.nextInt(4), "diet"));
    }
    return new Settings(LocalTime.of(4, 0), DayOfWeek.of(1 + r.nextInt(7)), habits, r.nextInt(6));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.of(2026, 12, 5, 12, 0, 0, 0, ZoneOffset.ofHours(1));
  }

  private static Entry entry(Random r, LocalDate d, int n) {
    OffsetDateTime at = d.atTime(7 + r.nextInt(14), r.nextInt(60)).atOffset(ZoneOffset.ofHours(r.nextInt(3)));
    return switch (r.nextInt(8)) {
      case 0 -> new Entry("b" + n, "breathe", d, at, r.nextInt(10) == 0
          ? new Amount.Session("hum", true, 10, 60 + r.nextInt(200), 6, 1 + r.nextInt(10), 1 + r.nextInt(10), List.of())
          : new Amount.Session("resonance", r.nextBoolean(), 12, r.nextInt(300) + r.nextInt(4) / 4.0, 6), null);
      case 1 -> new Entry("s" + n, "sleep", d, at, new Amount.Night(LocalTime.of(22 + r.nextInt(2), r.nextInt(60)),
          LocalTime.of(6 + r.nextInt(2), r.nextInt(60))), null);
      case 2 -> new Entry("m" + n, "move", d, at, new Amount.Time(Duration.ofMinutes(r.nextInt(40))), r.nextInt(9) == 0 ? "walk" : null);
      case 3 -> new Entry("p" + n, "plants", d, at, new Amount.Items(List.of(PLANTS[r.nextInt(PLANTS.length)], PLANTS[r.nextInt(PLANTS.length)])), null);
      case 4 -> new Entry("f" + n, "fermented", d, at, new Amount.Count(1), null);
      case 5 -> new Entry("o" + n, "omega3", d, at, new Amount.Count(1), null);
      case 6 -> new Entry("a" + n, "alcohol", d, at, new Amount.Count(1 + r.nextInt(2)), null);
      default -> new Entry("r" + n, r.nextBoolean() ? "move" : "fermented", d, at, new Amount.Rest(), null);
    };
  }
}
