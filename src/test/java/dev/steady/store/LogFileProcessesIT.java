package dev.steady.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.core.JsonFactory;
import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log shared by real processes: writing at once, killed mid-write, holding the lock, out of space. */
class LogFileProcessesIT {
  @TempDir Path home;

  private Path log() {
    return home.resolve("log.json");
  }

  @Test
  @DisplayName("four processes appending 250 entries each at once end with exactly 1000, none lost or doubled")
  void fourWritersAtOnce() throws Exception {
    List<Process> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      writers.add(start("append", log().toString(), "250", "w" + w));
    }
    for (Process writer : writers) {
      assertFinishes(writer, 0);
    }

    List<Entry> entries = new LogFile(log()).entries();
    assertThat(entries).hasSize(1000);
    assertThat(entries).extracting(Entry::id).doesNotHaveDuplicates();
    for (int w = 0; w < 4; w++) {
      String tag = "w" + w + "-";
      List<String> notes = entries.stream().map(Entry::note).filter(n -> n.startsWith(tag)).toList();
      assertThat(notes).as("writer %d's entries, in its order", w).containsExactlyElementsOf(
          Stream.iterate(0, i -> i + 1).limit(250).map(i -> tag + i).toList());
    }
  }

  /**
   * 200 writers killed with SIGKILL while they write, two at a time on one log of 2,000 entries, each a few
   * milliseconds after a random one of its writes was acknowledged. After every kill the log parses, still
   * holds the 2,000 entries as they were and every entry any writer acknowledged, and each writer's entries
   * are whole and in order, none doubled: a kill loses at most the one write it interrupted.
   */
  @Test
  @DisplayName("200 writers killed with SIGKILL mid-write on a log of 2,000 entries lose no acknowledged entry and leave no half one")
  void killedWriters() throws Exception {
    List<Entry> start = SyntheticLog.entries(1, LocalDate.of(2026, 1, 1), 7).subList(0, 2000);
    new LogFile(log()).change(none -> new LogFile.Change<>(new LogContents(start, List.of()), null));
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    List<Thread> lanes = new ArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    for (int lane = 0; lane < 2; lane++) {
      Random random = new Random(20261204 + lane);
      String name = "lane" + lane;
      Thread t = new Thread(() -> {
        try {
          for (int round = 0; round < 100; round++) {
            killOneWriter(name + "r" + round, random, start, acknowledged);
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      t.start();
      lanes.add(t);
    }
    for (Thread t : lanes) {
      t.join();
    }
    assertThat(failures).isEmpty();

    List<Entry> end = new LogFile(log()).entries();
    System.out.printf(
        "killed writers: 200 rounds survived, %d entries acknowledged, %d written in all%n",
        acknowledged.size(), end.size() - start.size());
    new LogFile(log()).append(start.get(0));
    assertThat(temps()).as("temp files after a clean write").isEmpty();
  }

  /** One round: a writer started, killed a little after one of its writes, and the log checked. */
  private void killOneWriter(String tag, Random random, List<Entry> start, Set<String> acknowledged) throws Exception {
    Process writer = start("append", log().toString(), "1000000", tag);
    BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
    int writes = 1 + random.nextInt(4);
    for (int i = 0; i < writes; i++) {
      String ack = out.readLine();
      if (ack == null) {
        throw new AssertionError("writer " + tag + " ended early; stderr: " + stderr(writer));
      }
      acknowledged.add(ack);
    }
    Thread.sleep(random.nextInt(25));
    // SIGKILL through the handle, which (unlike Process.destroyForcibly) leaves the pipe open to drain
    writer.toHandle().destroyForcibly();
    writer.waitFor();
    for (String ack = out.readLine(); ack != null; ack = out.readLine()) {
      acknowledged.add(ack);
    }
    Set<String> before = Set.copyOf(acknowledged);

    List<Entry> now = new LogFile(log()).entries();
    assertThat(now.subList(0, start.size())).as("the first 2,000 entries after %s", tag).isEqualTo(start);
    List<String> notes = now.subList(start.size(), now.size()).stream().map(Entry::note).toList();
    assertThat(notes).as("after %s", tag).doesNotHaveDuplicates().containsAll(before);
    List<String> mine = notes.stream().filter(n -> n.startsWith(tag + "-")).toList();
    assertThat(mine).as("%s's entries, in order", tag)
        .isEqualTo(Stream.iterate(0, i -> i + 1).limit(mine.size()).map(i -> tag + "-" + i).toList());
  }

  @Test
  @DisplayName("four processes appending through two symbolic links to one log lose nothing")
  void writersThroughTwoLinks() throws Exception {
    Path real = home.resolve("synced/log.json");
    Files.createDirectories(real.getParent());
    List<Process> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      Path link = home.resolve("home" + (w % 2) + "/log.json");
      if (!Files.isSymbolicLink(link)) {
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, real);
      }
      writers.add(start("append", link.toString(), "100", "w" + w));
    }
    for (Process writer : writers) {
      assertFinishes(writer, 0);
    }

    assertThat(new LogFile(real).entries()).hasSize(400).extracting(Entry::id).doesNotHaveDuplicates();
    assertThat(Files.isSymbolicLink(home.resolve("home0/log.json"))).isTrue();
  }

  @Test
  @DisplayName("another process holding the lock past the timeout makes a write fail with 75")
  void anotherProcessHoldsTheLock() throws Exception {
    Entry entry = new Entry("a", "move", LocalDate.of(2026, 11, 21), OffsetDateTime.parse("2026-11-21T18:00Z"), new Amount.Count(1), null);
    Process holder = start("hold", log().toString());
    try {
      awaitLine(holder, "locked");

      assertThatThrownBy(() -> new LogFile(log(), Duration.ofMillis(300)).append(entry))
          .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.exitCode()).isEqualTo(Failure.BUSY))
          .hasMessageContaining("the log is busy");
    } finally {
      holder.getOutputStream().close();
      assertFinishes(holder, 0);
    }
    new LogFile(log(), Duration.ofSeconds(5)).append(entry);
    assertThat(new LogFile(log()).entries()).containsExactly(entry);
  }

  @Test
  @DisplayName("a write that runs out of room is 74, leaves the log as it was and no temp file")
  void outOfRoom() throws Exception {
    assumeThat(Path.of("/bin/bash")).isExecutable();
    List<Entry> year = SyntheticLog.entries(1, LocalDate.of(2026, 1, 1), 7);
    new LogFile(log()).change(none -> new LogFile.Change<>(new LogContents(year, List.of()), null));
    byte[] before = Files.readAllBytes(log());

    List<String> command = new ArrayList<>(List.of("/bin/bash", "-c", "ulimit -f 64 && exec \"$@\"", "bash"));
    command.addAll(javaCommand("append", log().toString(), "1", "x"));
    Process writer = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();

    assertFinishes(writer, Failure.IO);
    assertThat(new String(writer.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("steady: " + log() + ": cannot write the log (file too large)\n");
    assertThat(Files.readAllBytes(log())).isEqualTo(before);
    assertThat(temps()).isEmpty();
  }

  private List<Path> temps() throws IOException {
    try (Stream<Path> files = Files.list(home)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  private static Process start(String... args) throws IOException {
    return new ProcessBuilder(javaCommand(args)).start();
  }

  /** A JVM running {@link LogProcess} on the classes under test, started lean as the launcher starts steady. */
  private static List<String> javaCommand(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-cp",
                Stream.of(LogFile.class, LogProcess.class, JsonFactory.class)
                    .map(LogFileProcessesIT::location)
                    .distinct()
                    .collect(Collectors.joining(File.pathSeparator)),
                LogProcess.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  private static String location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitLine(Process p, String line) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String read = out.readLine();
    if (!line.equals(read)) {
      throw new AssertionError("expected '" + line + "' from the process, got " + read + "; stderr: " + stderr(p));
    }
  }

  private static void assertFinishes(Process p, int exitCode) throws Exception {
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("finished in time").isTrue();
    assertThat(p.exitValue()).as("exit code; stderr: %s", p.exitValue() == exitCode ? "" : stderr(p)).isEqualTo(exitCode);
  }

  private static String stderr(Process p) throws IOException {
    return p.isAlive() ? "(still running)" : new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
