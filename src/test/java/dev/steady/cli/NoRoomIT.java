package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.steady.habit.Entry;
import dev.steady.store.LogFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher where a write cannot be done: a full disk (a small tmpfs, mounted where the tests run as
 * root) and a read-only folder (its mode for a normal user; a read-only bind mount for root, whom modes do not
 * stop). Each write fails with exit 74 and one line saying why, and leaves the log byte for byte as it was.
 */
@DisplayName("bin/steady on a full disk and in a read-only folder")
class NoRoomIT {
  @TempDir Path dir;

  @Test
  @DisplayName("a full disk: exit 74 saying so, the log as it was and no temp file; once there is room the write goes through")
  void fullDisk() throws Exception {
    Path home = Files.createDirectory(dir.resolve("full"));
    try (Mounted tmpfs = Mounted.run(home, List.of("mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", home.toString()))) {
      assertThat(steady(home, "log", "move", "20m").exitCode(90)).isZero();
      Path filler = home.resolve("filler");
      fill(filler);
      byte[] before = Files.readAllBytes(log(home));

      LaunchedProcess run = steady(home, "log", "move", "25m");

      assertThat(run.exitCode(90)).isEqualTo(74);
      assertThat(run.err()).isEqualTo("steady: " + log(home) + ": cannot write the log (no space left on device)\n");
      assertThat(Files.readAllBytes(log(home))).isEqualTo(before);
      assertThat(names(home)).containsExactlyInAnyOrder("filler", "log.json", "log.json.lock");

      Files.delete(filler);
      assertThat(steady(home, "log", "move", "25m").exitCode(90)).isZero();
      assertThat(new LogFile(log(home)).entries()).extracting(Entry::habit).containsExactly("move", "move");
    }
  }

  @Test
  @DisplayName("a read-only folder: a write exits 74 saying so and leaves the log as it was; reading still works")
  void readOnlyFolder() throws Exception {
    Path home = Files.createDirectory(dir.resolve("read-only"));
    assertThat(steady(home, "log", "move", "20m").exitCode(90)).isZero();
    byte[] before = Files.readAllBytes(log(home));
    try (AutoCloseable readOnly = readOnly(home)) {
      LaunchedProcess run = steady(home, "log", "move", "25m");

      assertThat(run.exitCode(90)).isEqualTo(74);
      assertThat(run.err()).startsWith("steady: " + log(home) + ": cannot write the log (").hasLineCount(1);
      assertThat(Files.readAllBytes(log(home))).isEqualTo(before);
      assertThat(steady(home, "streaks").exitCode(90)).isZero();
    }
    assertThat(Files.readAllBytes(log(home))).isEqualTo(before);
  }

  /**
   * Makes the folder read-only: by its mode, which stops a normal user; root writes through any mode, so for
   * root by binding the folder onto itself read-only, skipping the test where that cannot be done.
   */
  private static AutoCloseable readOnly(Path folder) throws IOException, InterruptedException {
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
    if (!Files.isWritable(folder)) {
      return () -> Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    Mounted bound = Mounted.run(folder, List.of("mount", "--bind", folder.toString(), folder.toString()));
    try {
      Mounted.command(List.of("mount", "-o", "remount,bind,ro", folder.toString()), "root ignores a folder's mode, and a read-only bind mount");
    } catch (RuntimeException | Error e) {
      bound.close();
      throw e;
    }
    return bound;
  }

  /** A file system mounted for the length of a test, unmounted at the end; the test skips where mount fails. */
  private record Mounted(Path at) implements AutoCloseable {
    static Mounted run(Path at, List<String> mount) throws IOException, InterruptedException {
      command(mount, "this test needs to mount a file system (as root)");
      return new Mounted(at);
    }

    static void command(List<String> command, String needs) throws IOException, InterruptedException {
      String said;
      int exit;
      try {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        said = new String(p.getInputStream().readAllBytes()).strip();
        exit = p.waitFor();
      } catch (IOException noMount) {
        said = noMount.getMessage();
        exit = -1;
      }
      assumeThat(exit).as("%s; '%s' failed here: %s", needs, String.join(" ", command), said).isZero();
    }

    @Override
    public void close() throws IOException, InterruptedException {
      new ProcessBuilder("umount", at.toString()).inheritIO().start().waitFor();
    }
  }

  private static void fill(Path filler) throws IOException {
    byte[] block = new byte[4096];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
        out.flush();
      }
    } catch (IOException full) {
      // the disk is full: what this test wants
    }
  }

  private static LaunchedProcess steady(Path home, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(LaunchedProcess.LAUNCHER.toString()));
    command.addAll(List.of(args));
    return LaunchedProcess.start(Map.of("STEADY_HOME", home.toString()), command);
  }

  private static Path log(Path home) {
    return home.resolve("log.json");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
