package dev.steady.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  @TempDir Path dir;
  Path file;

  @BeforeEach
  void aLockFile() throws IOException {
    file = Files.createFile(dir.resolve("log.json.lock"));
  }

  private static long inSeconds(int seconds) {
    return System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
  }

  /** Whether flock(1) in another process could take the lock at once. */
  private boolean free() throws Exception {
    return new ProcessBuilder("flock", "-n", file.toString(), "true").start().waitFor() == 0;
  }

  @Test
  @DisplayName("a child started ahead takes the lock only when told to, and holds it until closed")
  void aheadThenTaken() throws Exception {
    assumeThat(Path.of("/usr/bin/flock")).isExecutable();
    Flock.Ahead ahead = new Flock.Ahead(file);
    Thread.sleep(200);
    assertThat(free()).as("before the word to go").isTrue();

    try (Flock flock = Flock.take(file, inSeconds(5), ahead)) {
      assertThat(flock).isNotNull();
      assertThat(free()).as("while held").isFalse();
    }
    assertThat(free()).as("once let go").isTrue();
  }

  @Test
  @DisplayName("a child started ahead and never used locks nothing and ends")
  void aheadUnused() throws Exception {
    assumeThat(Path.of("/usr/bin/flock")).isExecutable();
    Flock.Ahead ahead = new Flock.Ahead(file);
    ahead.close();

    assertThat(free()).isTrue();
    assertThat(ProcessHandle.current().children().filter(p -> p.info().commandLine().orElse("").contains(file.toString())))
        .allSatisfy(p -> assertThat(p.onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse());
  }

  @Test
  @DisplayName("a child started ahead for another file is let go, and the lock taken with a child of its own")
  void aheadForAnotherFile() throws Exception {
    assumeThat(Path.of("/usr/bin/flock")).isExecutable();
    Path other = Files.createFile(dir.resolve("other.lock"));
    Flock.Ahead ahead = new Flock.Ahead(other);

    try (Flock flock = Flock.take(file, inSeconds(5), ahead)) {
      assertThat(flock).isNotNull();
      assertThat(free()).isFalse();
      assertThat(new ProcessBuilder("flock", "-n", other.toString(), "true").start().waitFor()).isZero();
    }
  }

  @Test
  @DisplayName("a lock another process holds past the deadline is no lock (null), and the child ends")
  void heldPastTheDeadline() throws Exception {
    assumeThat(Path.of("/usr/bin/flock")).isExecutable();
    Process holder = new ProcessBuilder("flock", "-x", file.toString(), "sh", "-c", "echo held; read -r line").start();
    try {
      assertThat(holder.inputReader().readLine()).isEqualTo("held");
      assertThat(Flock.take(file, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200), new Flock.Ahead(file))).isNull();
    } finally {
      holder.getOutputStream().close();
      holder.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
