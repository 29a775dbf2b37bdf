package dev.steady.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The log against what a file system can hold instead of a plain file, and against other users and tools. */
class LogFileSafetyTest {
  private static final Duration SHORT = Duration.ofMillis(300);
  private static final String V0 =
      "[{\"id\": \"a\", \"habit\": \"fermented\", \"date\": \"2026-11-21\", \"recordedAt\": \"2026-11-21T12:30:00+01:00\", \"count\": 1}]";

  @TempDir Path home;

  private Path logPath() {
    return home.resolve("log.json");
  }

  private LogFile log() {
    return new LogFile(logPath(), SHORT);
  }

  private static Entry entry(String id) {
    return new Entry(id, "fermented", LocalDate.of(2026, 11, 21), OffsetDateTime.parse("2026-11-21T12:30:00+01:00"), new Amount.Count(1), null);
  }

  private static void assertFails(ThrowingCallable call, int exitCode, String messagePart) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.exitCode()).isEqualTo(exitCode))
        .hasMessageContaining(messagePart)
        .satisfies(f -> assertThat(f.getMessage()).doesNotContain("\n"));
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
  }

  private static void fifo(Path at) throws Exception {
    assumeThat(Path.of("/usr/bin/mkfifo")).isExecutable();
    run("mkfifo", at.toString());
  }

  @Test
  @Timeout(60)
  @DisplayName("a FIFO as the log is 74 at once for readers and writers, never a wait")
  void logIsAFifo() throws Exception {
    fifo(logPath());

    assertFails(() -> log().entries(), Failure.IO, logPath() + ": cannot read the log (it is a FIFO (named pipe), not a regular file)");
    assertFails(() -> log().append(entry("a")), Failure.IO, "it is a FIFO");
  }

  @Test
  @Timeout(60)
  @DisplayName("a FIFO as the lock file is 74 at once, and the log is left as it was")
  void lockIsAFifo() throws Exception {
    log().append(entry("a"));
    byte[] before = Files.readAllBytes(logPath());
    Files.delete(home.resolve("log.json.lock"));
    fifo(home.resolve("log.json.lock"));

    assertFails(() -> log().append(entry("b")), Failure.IO, "cannot read the lock file (it is a FIFO (named pipe), not a regular file)");
    assertThat(Files.readAllBytes(logPath())).isEqualTo(before);
  }

  @Test
  @DisplayName("a device as the log is 74")
  void logIsADevice() throws IOException {
    Files.createSymbolicLink(logPath(), Path.of("/dev/zero"));

    assertFails(() -> log().entries(), Failure.IO, "(it is a character device, not a regular file)");
  }

  @Test
  @Timeout(60)
  @DisplayName("a log over 64 MiB is refused with 65 without being read, and never written over")
  void tooLarge() throws IOException {
    try (RandomAccessFile sparse = new RandomAccessFile(logPath().toFile(), "rw")) {
      sparse.setLength(LogFile.MAX_BYTES + 1); // sparse: no room taken, and nothing to read
    }

    assertFails(() -> log().entries(), Failure.DATA, logPath() + ": 64.0 MiB is larger than the log may be (64 MiB); it was not read");
    assertFails(() -> log().append(entry("a")), Failure.DATA, "larger than the log may be");
    assertThat(Files.size(logPath())).isEqualTo(LogFile.MAX_BYTES + 1);
  }

  @Test
  @DisplayName("however often a migration is tried, one copy of the old log is kept")
  void oneBackup() throws IOException {
    Files.writeString(logPath(), V0);
    Files.writeString(home.resolve("log.json.v0.bak"), V0); // left by a migration that failed after the copy

    log().append(entry("b"));

    try (Stream<Path> files = Files.list(home)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("log.json", "log.json.lock", "log.json.v0.bak");
    }
    assertThat(log().entries()).containsExactly(entry("a"), entry("b"));
  }

  @Test
  @DisplayName("a stray temp file that cannot be removed is named in the error, and nothing is written")
  void strayThatStays() throws IOException {
    log().append(entry("a"));
    byte[] before = Files.readAllBytes(logPath());
    Path stray = home.resolve(".log.json.4242.tmp");
    Files.createDirectories(stray.resolve("inside")); // a folder that is not empty cannot be deleted

    assertFails(() -> log().append(entry("b")), Failure.IO,
        logPath() + ": cannot remove " + stray + ", a temp file left by a write that was cut short (");
    assertThat(Files.readAllBytes(logPath())).isEqualTo(before);
  }

  @Test
  @DisplayName("a write as root keeps the user's owner, group and mode on the log, its backup and lock file")
  void rootKeepsTheOwner() throws Exception {
    assumeThat(System.getProperty("user.name")).as("runs as root").isEqualTo("root");
    Files.writeString(logPath(), V0);
    run("chown", "4321:4322", logPath().toString(), home.toString());
    run("chmod", "0640", logPath().toString());

    log().append(entry("b"));

    for (String name : List.of("log.json", "log.json.v0.bak", "log.json.lock")) {
      Map<String, Object> owner = Files.readAttributes(home.resolve(name), "unix:uid,gid,mode");
      assertThat(owner.get("uid")).as(name).isEqualTo(4321);
      assertThat(owner.get("gid")).as(name).isEqualTo(4322);
      if (!name.endsWith(".lock")) {
        assertThat((Integer) owner.get("mode") & 0777).as(name).isEqualTo(0640);
      }
    }
  }

  @Test
  @DisplayName("a script holding flock(1) on log.json.lock keeps steady out (75), and steady keeps flock(1) out")
  void flockFromAScript() throws Exception {
    assumeThat(Path.of("/usr/bin/flock")).isExecutable();
    log().append(entry("a"));
    Path lock = home.resolve("log.json.lock");

    Process script = new ProcessBuilder("flock", "-x", lock.toString(), "sh", "-c", "echo held; read -r line").start();
    try {
      assertThat(script.inputReader().readLine()).isEqualTo("held");
      assertFails(() -> log().append(entry("b")), Failure.BUSY, "the log is busy");
    } finally {
      script.getOutputStream().close();
      assertThat(script.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
    log().append(entry("b"));

    try (HeldLock held = new HeldLock(logPath())) {
      Process tries = new ProcessBuilder("flock", "-n", lock.toString(), "true").start();
      assertThat(tries.waitFor()).as("flock -n while steady holds the lock").isEqualTo(1);
    }
    assertThat(new ProcessBuilder("flock", "-n", lock.toString(), "true").start().waitFor())
        .as("flock -n once steady has let go")
        .isZero();
    assertThat(log().entries()).containsExactly(entry("a"), entry("b"));
  }
}
