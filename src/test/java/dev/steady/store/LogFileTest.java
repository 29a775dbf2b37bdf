package dev.steady.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.habit.Tombstone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogFileTest {
  private static final Duration SHORT = Duration.ofMillis(300);
  private static final OffsetDateTime LATER = OffsetDateTime.parse("2026-11-22T09:00:00+01:00");

  @TempDir Path home;

  private Path logPath() {
    return home.resolve("data/steady/log.json");
  }

  private Path lastWritePath() {
    return home.resolve("cache/steady/last-write");
  }

  /** The log as the commands have it, but for its length: its writes keep a stamp of what they wrote. */
  private LogFile log() {
    return new LogFile(logPath(), lastWritePath(), SHORT, 0);
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

  private List<String> filesBeside() throws IOException {
    try (Stream<Path> files = Files.list(logPath().getParent())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Nested
  @DisplayName("reading and writing")
  class ReadingAndWriting {
    @Test
    @DisplayName("a missing log reads as empty, and an undo on it creates nothing")
    void missingLog() {
      assertThat(log().entries()).isEmpty();
      assertThat(log().removeLast(LATER)).isEmpty();
      assertThat(home.resolve("data")).doesNotExist();
    }

    @Test
    @DisplayName("entries come back in the order they were appended; undo removes the last")
    void appendAndUndo() {
      LogFile log = log();
      log.append(entry("a"));
      log.append(entry("b"));
      log.append(entry("c"));

      assertThat(log.removeLast(LATER)).contains(entry("c"));
      assertThat(log.entries()).containsExactly(entry("a"), entry("b"));
      assertThat(log.contents().deleted()).containsExactly(new Tombstone("c", LATER));
    }

    @Test
    @DisplayName("an append after a write puts its entry in place, leaving the bytes a whole write leaves")
    void appendInPlace() throws IOException {
      log().append(entry("a"));
      assertThat(lastWritePath()).exists();
      log().removeLast(LATER);
      log().append(entry("b"));
      log().append(entry("c"));
      log().append(entry("d"));

      byte[] bytes = Files.readAllBytes(logPath());
      assertThat(new String(bytes, UTF_8)).isEqualTo(new String(LogFile.render(log().contents()), UTF_8));
      assertThat(log().entries()).containsExactly(entry("b"), entry("c"), entry("d"));
      assertThat(LastWrite.read(new CacheFile(lastWritePath(), logPath(), LastWrite.MAX_BYTES)).describes(bytes)).isTrue();
    }

    @Test
    @DisplayName("a log shorter than one worth the cache keeps no stamp, and no cache folder is made for it")
    void shortLogNoStamp() {
      LogFile log = new LogFile(logPath(), lastWritePath(), SHORT);
      log.append(entry("a"));
      log.append(entry("b"));

      assertThat(log.entries()).containsExactly(entry("a"), entry("b"));
      assertThat(home.resolve("cache")).doesNotExist();
    }

    @Test
    @DisplayName("the log the stamp describes is not parsed again: the entry goes in place")
    void trustsItsStamp() throws IOException {
      log().append(entry("a"));
      // bytes no parse would take, stamped as a write of steady's would be: only the stamp can let them pass
      String unparsed = Files.readString(logPath()).replace("\"count\": 1", "\"count\": \"one\"");
      Files.writeString(logPath(), unparsed);
      new LastWrite(0, 0, 0, 0).write(new CacheFile(lastWritePath(), logPath(), LastWrite.MAX_BYTES));
      assertFails(() -> log().append(entry("b")), Failure.DATA, logPath() + ":");
      LastWrite.of(unparsed.getBytes(UTF_8)).write(new CacheFile(lastWritePath(), logPath(), LastWrite.MAX_BYTES));

      log().append(entry("b"));

      assertThat(Files.readString(logPath())).startsWith(unparsed.substring(0, unparsed.indexOf("\n  ],")))
          .contains("\"id\": \"b\"");
    }

    @Test
    @DisplayName("a log edited by hand since the last write is read whole: a broken one is never written over")
    void editedSinceTheLastWrite() throws IOException {
      log().append(entry("a"));
      log().append(entry("b"));
      String broken = Files.readString(logPath()).replace("\"b\"", "\"b");
      Files.writeString(logPath(), broken);

      assertFails(() -> log().append(entry("c")), Failure.DATA, logPath() + ":");
      assertThat(Files.readString(logPath())).isEqualTo(broken);
    }

    @Test
    @DisplayName("a log laid out by hand since the last write is written whole again, in steady's layout")
    void laidOutByHand() throws IOException {
      log().append(entry("a"));
      LogContents before = log().contents();
      Files.writeString(logPath(), Files.readString(logPath()).replace("\n", "").replace("  ", ""));
      log().append(entry("b"));

      assertThat(Files.readString(logPath())).isEqualTo(new String(LogFile.render(before.plus(entry("b"))), UTF_8));
    }

    @Test
    @DisplayName("a stamp that cannot be kept (its folder is a file) leaves the log written whole each time")
    void noStampKept() throws IOException {
      Files.createDirectories(lastWritePath().getParent().getParent());
      Files.writeString(lastWritePath().getParent(), "in the way");
      log().append(entry("a"));
      log().append(entry("b"));

      assertThat(log().entries()).containsExactly(entry("a"), entry("b"));
      assertThat(Files.readString(lastWritePath().getParent())).isEqualTo("in the way");
    }

    @Test
    @DisplayName("the log is pretty-printed with two-space indentation and has a version")
    void onDiskFormat() throws IOException {
      log().append(entry("a"));

      assertThat(Files.readString(logPath()))
          .startsWith("{\n  \"version\": 2,\n  \"entries\": [\n    {\n      \"id\": \"a\",\n      \"habit\": \"fermented\",")
          .endsWith("      \"count\": 1\n    }\n  ],\n  \"deleted\": [ ]\n}\n");
    }

    @Test
    @DisplayName("files are created readable by the owner only, folders 0700")
    void permissions() throws IOException {
      log().append(entry("a"));

      assertThat(mode(logPath())).isEqualTo("rw-------");
      assertThat(mode(logPath().resolveSibling("log.json.lock"))).isEqualTo("rw-------");
      assertThat(mode(logPath().getParent())).isEqualTo("rwx------");
      assertThat(mode(home.resolve("data"))).isEqualTo("rwx------");
    }

    @Test
    @DisplayName("a write keeps the mode the log had (a person chose it)")
    void keepsTheMode() throws IOException {
      Files.createDirectories(logPath().getParent());
      Files.writeString(logPath(), "{\"version\": 1, \"entries\": []}");
      Files.setPosixFilePermissions(logPath(), PosixFilePermissions.fromString("rw-r-----"));

      log().append(entry("a"));

      assertThat(mode(logPath())).isEqualTo("rw-r-----");
    }

    @Test
    @DisplayName("a write leaves only the log and its lock file, and clears temp files a killed writer left")
    void noTempFiles() throws IOException {
      log().append(entry("a"));
      Files.writeString(logPath().resolveSibling(".log.json.123456.tmp"), "{\"version\": 1, \"entr");

      log().append(entry("b"));

      assertThat(filesBeside()).containsExactly("log.json", "log.json.lock");
    }

    @Test
    @DisplayName("a log that is a symbolic link stays one; its target is written, with the lock and temp file beside it")
    void symbolicLink() throws IOException {
      Path real = home.resolve("synced/log.json");
      Files.createDirectories(real.getParent());
      Files.createDirectories(logPath().getParent());
      Files.createSymbolicLink(logPath(), Path.of("../../synced/log.json"));
      Files.writeString(real.resolveSibling(".log.json.99.tmp"), "{\"version\": 1, \"entr");

      log().append(entry("a"));
      log().append(entry("b"));

      assertThat(Files.isSymbolicLink(logPath())).isTrue();
      assertThat(new LogFile(real).entries()).containsExactly(entry("a"), entry("b"));
      assertThat(filesBeside()).containsExactly("log.json");
      try (Stream<Path> files = Files.list(real.getParent())) {
        assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("log.json", "log.json.lock");
      }
    }

    @Test
    @DisplayName("writers through two links to one log take one lock: threads appending through each lose nothing")
    void twoLinksOneLog() throws Exception {
      Path real = home.resolve("synced/log.json");
      Files.createDirectories(real.getParent());
      List<LogFile> links = new ArrayList<>();
      for (String name : List.of("a", "b")) {
        Path link = home.resolve(name + "/log.json");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, real);
        links.add(new LogFile(link, Duration.ofSeconds(30)));
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
          LogFile log = links.get(w % 2);
          int writer = w;
          writers.add(pool.submit(() -> {
            for (int i = 0; i < 25; i++) {
              log.append(entry("w" + writer + "-" + i));
            }
          }));
        }
        for (Future<?> writer : writers) {
          writer.get();
        }
      } finally {
        pool.shutdown();
      }
      assertThat(new LogFile(real).entries()).hasSize(100);
    }

    @Test
    @DisplayName("threads of one process appending at once lose nothing")
    void threadsAppendingAtOnce() throws Exception {
      LogFile log = new LogFile(logPath(), Duration.ofSeconds(30));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int thread = t;
          done.add(pool.submit(() -> {
            for (int i = 0; i < 25; i++) {
              log.append(entry(thread + "-" + i));
            }
          }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(log.entries()).hasSize(100).extracting(Entry::id).doesNotHaveDuplicates();
    }
  }

  @Nested
  @DisplayName("a log that does not parse")
  class Unreadable {
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
        strings = {
          "{\"version\": 1, \"entries\": [",
          "{\"version\": 1, \"entries\": [{\"id\": \"a\"}]}",
          "{\"version\": 1, \"entries\": [], \"extra\": true}",
          "{\"version\": 1, \"entries\": [], \"version\": 1}",
          "[{\"id\": \"a\", \"habit\": \"move\", \"date\": \"yesterday\", \"recordedAt\": \"2026-11-21T07:00Z\", \"count\": 1}]",
          "",
          "\u00ff\u00fe{",
          "{\"version\": \"one\", \"entries\": []}",
          "{\"version\": 0, \"entries\": []}",
          "{\"version\": 1, \"entries\": []}\n{}",
          "\"a log\""
        })
    @DisplayName("fails with 65 naming file:line:col, and is never written over")
    void neverWrittenOver(String text) throws IOException {
      Files.createDirectories(logPath().getParent());
      Files.writeString(logPath(), text, java.nio.charset.StandardCharsets.ISO_8859_1);
      byte[] before = Files.readAllBytes(logPath());

      assertFails(() -> log().entries(), Failure.DATA, logPath().toString());
      assertFails(() -> log().append(entry("b")), Failure.DATA, logPath().toString());
      assertFails(() -> log().removeLast(LATER), Failure.DATA, logPath().toString());

      assertThat(Files.readAllBytes(logPath())).isEqualTo(before);
      assertThat(filesBeside()).containsExactly("log.json", "log.json.lock");
    }

    @Test
    @DisplayName("a syntax error is named by line and column")
    void lineAndColumn() throws IOException {
      Files.createDirectories(logPath().getParent());
      Files.writeString(logPath(), "{\n  \"version\": 1,\n  \"entries\": [\n    {,\n  ]\n}\n");

      assertFails(() -> log().append(entry("b")), Failure.DATA, logPath() + ":4:6: invalid JSON: ");
    }
  }

  @Nested
  @DisplayName("versions")
  class Versions {
    private static final String NEWER =
        """
        {
          "version": 3,
          "entries": [
            {"id": "a", "habit": "fermented", "date": "2026-11-21", "recordedAt": "2026-11-21T12:30+01:00",
             "count": 1, "mood": "bright"}
          ],
          "habits": ["fermented"]
        }
        """;

    @Test
    @DisplayName("a newer log is read, passing over the fields it added")
    void newerIsReadable() throws IOException {
      Files.createDirectories(logPath().getParent());
      Files.writeString(logPath(), NEWER);

      assertThat(log().entries()).containsExactly(entry("a"));
    }

    @Test
    @DisplayName("a newer log is never written: 65, and it stays as it was")
    void newerIsReadOnly() throws IOException {
      Files.createDirectories(logPath().getParent());
      Files.writeString(logPath(), NEWER);
      byte[] before = Files.readAllBytes(logPath());

      assertFails(() -> log().append(entry("b")), Failure.DATA, "version 3, newer than this steady writes (2)");
      assertFails(() -> log().removeLast(LATER), Failure.DATA, "left unchanged");

      assertThat(Files.readAllBytes(logPath())).isEqualTo(before);
    }

    @Test
    @DisplayName("unknown fields before the version are errors once it turns out to be a version this steady writes")
    void unknownFieldBeforeVersion() throws IOException {
      Files.createDirectories(logPath().getParent());
      Files.writeString(
          logPath(),
          "{\"entries\": [{\"id\": \"a\", \"habit\": \"x\", \"date\": \"2026-11-21\", \"recordedAt\": \"2026-11-21T12:30Z\","
              + " \"count\": 1, \"mood\": 3}], \"version\": 1}");

      assertFails(() -> log().entries(), Failure.DATA, "entries[0].mood: unknown field");
    }

    @Test
    @DisplayName("a version-0 log (a bare list) is read, and migrated by the next write with a copy kept")
    void migration() throws IOException {
      Files.createDirectories(logPath().getParent());
      String old =
          "[{\"id\": \"a\", \"habit\": \"fermented\", \"date\": \"2026-11-21\", \"recordedAt\": \"2026-11-21T12:30:00+01:00\", \"count\": 1}]";
      Files.writeString(logPath(), old);
      Files.setPosixFilePermissions(logPath(), PosixFilePermissions.fromString("rw-r-----"));

      assertThat(log().entries()).containsExactly(entry("a"));
      log().append(entry("b"));

      assertThat(log().entries()).containsExactly(entry("a"), entry("b"));
      assertThat(Files.readString(logPath())).startsWith("{\n  \"version\": 2,");
      Path backup = logPath().resolveSibling("log.json.v0.bak");
      assertThat(backup).hasContent(old);
      assertThat(mode(backup)).as("the log's own mode").isEqualTo("rw-r-----");
    }

    @Test
    @DisplayName("a version-1 log (no deleted list) is read, and migrated by the next write with a copy kept")
    void migrationFromVersionOne() throws IOException {
      Files.createDirectories(logPath().getParent());
      String old =
          """
          {
            "version": 1,
            "entries": [
              {"id": "a", "habit": "fermented", "date": "2026-11-21", "recordedAt": "2026-11-21T12:30:00+01:00", "count": 1},
              {"id": "b", "habit": "fermented", "date": "2026-11-21", "recordedAt": "2026-11-21T12:30:00+01:00", "count": 1}
            ]
          }
          """;
      Files.writeString(logPath(), old);

      assertThat(log().contents()).isEqualTo(new LogContents(List.of(entry("a"), entry("b")), List.of()));
      assertThat(log().removeLast(LATER)).contains(entry("b"));

      assertThat(log().contents()).isEqualTo(new LogContents(List.of(entry("a")), List.of(new Tombstone("b", LATER))));
      assertThat(Files.readString(logPath()))
          .startsWith("{\n  \"version\": 2,")
          .endsWith("  \"deleted\": [\n    {\n      \"id\": \"b\",\n      \"deletedAt\": \"2026-11-22T09:00+01:00\"\n    }\n  ]\n}\n");
      assertThat(logPath().resolveSibling("log.json.v1.bak")).hasContent(old);
    }

    @Test
    @DisplayName("a tombstone without its deletedAt, or with a field it does not know, is invalid data")
    void badTombstones() throws IOException {
      Files.createDirectories(logPath().getParent());
      Files.writeString(logPath(), "{\"version\": 2, \"entries\": [], \"deleted\": [{\"id\": \"a\"}]}");
      assertFails(() -> log().entries(), Failure.DATA, "log.json:1:43: deleted[0].deletedAt: missing (required)");

      Files.writeString(logPath(), "{\"version\": 2, \"entries\": [], \"deleted\": [{\"id\": \"a\", \"at\": 1}]}");
      assertFails(() -> log().entries(), Failure.DATA, "deleted[0].at: unknown field (expected one of id, deletedAt)");
    }

    @Test
    @DisplayName("a second migration of another log keeps the first copy and adds another")
    void secondMigration() throws IOException {
      Files.createDirectories(logPath().getParent());
      Files.writeString(logPath(), "[]");
      log().append(entry("a"));
      Files.writeString(logPath(), "[ ]");
      log().append(entry("b"));

      assertThat(logPath().resolveSibling("log.json.v0.bak")).hasContent("[]");
      assertThat(logPath().resolveSibling("log.json.v0.1.bak")).hasContent("[ ]");
    }
  }

  @Nested
  @DisplayName("the lock")
  class Lock {
    @Test
    @DisplayName("a lock held past the timeout is 75, and nothing is written")
    void busy() throws Exception {
      log().append(entry("a"));
      byte[] before = Files.readAllBytes(logPath());

      try (HeldLock held = new HeldLock(logPath())) {
        long start = System.nanoTime();
        assertFails(() -> log().append(entry("b")), Failure.BUSY,
            logPath() + ": the log is busy: another process (steady, or a script locking it) has held "
                + logPath().resolveSibling("log.json.lock") + " for over 0.3s; try again");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(SHORT);
      }

      assertThat(Files.readAllBytes(logPath())).isEqualTo(before);
      log().append(entry("b"));
      assertThat(log().entries()).hasSize(2);
    }

    @Test
    @DisplayName("a reader does not wait for the lock")
    void readersDoNotWait() throws Exception {
      log().append(entry("a"));

      try (HeldLock held = new HeldLock(logPath())) {
        assertThat(log().entries()).containsExactly(entry("a"));
      }
    }

    @Test
    @DisplayName("a writer waits for a lock that is let go before the timeout")
    void waits() throws Exception {
      log().append(entry("a"));
      HeldLock held = new HeldLock(logPath());
      Thread letGo = new Thread(() -> {
        try {
          Thread.sleep(100);
          held.close();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      letGo.start();

      new LogFile(logPath(), Duration.ofSeconds(10)).append(entry("b"));
      letGo.join();

      assertThat(log().entries()).extracting(Entry::id).containsExactly("a", "b");
    }
  }

  @Nested
  @DisplayName("the lock, and the log read while a writer waits for it")
  class EarlyRead {
    @Test
    @DisplayName("what the lock's holder wrote meanwhile is what the writer changes: the log parsed early is dropped")
    void changedWhileWaiting() throws Exception {
      log().append(entry("a"));
      LogFile waiting = new LogFile(logPath(), Duration.ofSeconds(10));
      Thread writer = new Thread(() -> waiting.append(entry("b")));

      try (HeldLock held = new HeldLock(logPath())) {
        writer.start();
        readEarly(writer);
        AtomicFile.replace(logPath(), LogFile.bytesOf(LogContents.EMPTY.plus(entry("a")).plus(entry("c")), null));
      }
      writer.join();

      assertThat(log().entries()).extracting(Entry::id).containsExactly("a", "c", "b");
    }

    @Test
    @DisplayName("a log unchanged while the writer waited is changed as it was read")
    void unchangedWhileWaiting() throws Exception {
      log().append(entry("a"));
      LogFile waiting = new LogFile(logPath(), Duration.ofSeconds(10));
      Thread writer = new Thread(() -> waiting.append(entry("b")));

      try (HeldLock held = new HeldLock(logPath())) {
        writer.start();
        readEarly(writer);
      }
      writer.join();

      assertThat(log().entries()).extracting(Entry::id).containsExactly("a", "b");
    }

    /** Waits until {@code writer} waits for the lock, and its early read of the log is over. */
    private void readEarly(Thread writer) throws InterruptedException {
      while (writer.getState() != Thread.State.TIMED_WAITING) {
        Thread.onSpinWait();
      }
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (t.getName().equals("steady-early-read")) {
          t.join();
        }
      }
    }
  }

  @Nested
  @DisplayName("I/O errors")
  class IoErrors {
    @Test
    @DisplayName("a file where the folder should be is 74, with a clear message")
    void fileInTheWay() throws IOException {
      Files.createDirectories(home.resolve("data"));
      Files.writeString(home.resolve("data/steady"), "not a folder");

      assertFails(() -> log().append(entry("a")), Failure.IO, logPath() + ": cannot write the log (" + home.resolve("data/steady") + " is not a folder)");
    }

    @Test
    @DisplayName("an unwritable folder is 74, and the log and folder are left as they were")
    void unwritableFolder() throws Exception {
      log().append(entry("a"));
      byte[] before = Files.readAllBytes(logPath());
      Path folder = logPath().getParent();
      try (Unwritable ignored = Unwritable.make(folder)) {
        assertFails(() -> log().append(entry("b")), Failure.IO, logPath() + ": cannot write the log (");
        assertFails(() -> log().append(entry("b")), Failure.IO, " in " + folder + ")");
      }
      assertThat(Files.readAllBytes(logPath())).isEqualTo(before);
      assertThat(filesBeside()).containsExactly("log.json", "log.json.lock");
    }

    @Test
    @DisplayName("a folder no one may write to, not even root, is 74 naming the file that could not be made")
    void systemFolder() throws IOException {
      Path sys = Path.of("/sys");
      assumeThat(sys).isDirectory();
      try {
        Files.delete(Files.createFile(sys.resolve("steady-probe")));
        assumeThat(false).as("/sys is writable here").isTrue();
      } catch (IOException expected) {
        // as on every Linux system: sysfs takes no new files
      }

      assertFails(() -> new LogFile(sys.resolve("log.json")).append(entry("a")), Failure.IO,
          "/sys/log.json: cannot write the log (permission denied: /sys/log.json.lock)");
    }

    @Test
    @DisplayName("an unreadable log is 74 for readers and writers")
    void unreadableLog() throws IOException {
      log().append(entry("a"));
      Files.setPosixFilePermissions(logPath(), PosixFilePermissions.fromString("-w-------"));
      assumeThat(Files.isReadable(logPath())).as("not root, who may read anything").isFalse();

      assertFails(() -> log().entries(), Failure.IO, logPath() + ": cannot read the log (permission denied)");
      assertFails(() -> log().append(entry("b")), Failure.IO, logPath() + ": cannot read the log (permission denied)");
    }

    @Test
    @DisplayName("a log that is a folder is 74")
    void logIsAFolder() throws IOException {
      Files.createDirectories(logPath());

      assertFails(() -> log().entries(), Failure.IO, logPath() + ": cannot read the log (it is a folder, not a regular file)");
      assertThat(logPath()).isDirectory();
    }
  }

  @Test
  @DisplayName("a log read back through its path keeps every byte of its entries' text")
  void textSurvives() {
    Entry e = new Entry("a", "plants", LocalDate.of(2026, 1, 1), OffsetDateTime.parse("2026-01-01T07:00Z"),
        new Amount.Items(List.of("crème fraîche", "日本茶", "🌱", "\"quoted\"", "back\\slash")), "line one\nline two");
    log().append(e);

    assertThat(log().entries()).containsExactly(e);
    assertThat(new String(LogFile.render(new LogContents(List.of(e), List.of())), UTF_8)).contains("crème fraîche");
  }
}
