package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive fits one Java (its base archive, lib/server/classes.jsa) and one folder; the JVM drops
 * an archive that no longer fits without a word. bin/steady notices and makes it again, saying so in one line.
 * Each test runs its own copy of the install (the launcher and the jar) with its own JDK: the real java behind a
 * wrapper, beside a base archive whose date stands for the JDK's.
 */
@DisplayName("bin/steady remakes a class-data archive that no longer fits")
class ArchiveRepairIT {
  private static final String REMAKING =
      "steady: making the class-data archive again (Java or steady's folder changed since it was made)…\n";

  @TempDir Path dir;
  Path launcher;
  Path base;
  Map<String, String> env = new HashMap<>();

  @BeforeEach
  void anInstallAndAJdkOfTheirOwn() throws IOException {
    Path install = dir.resolve("steady");
    Files.createDirectories(install.resolve("bin"));
    Files.createDirectories(install.resolve("target"));
    launcher = Files.copy(LaunchedProcess.LAUNCHER, install.resolve("bin/steady"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(LaunchedProcess.REPO.resolve("target/steady.jar"), install.resolve("target/steady.jar"));

    Path real = Path.of(System.getProperty("java.home"));
    Path jdk = dir.resolve("jdk");
    Files.createDirectories(jdk.resolve("bin"));
    Files.createDirectories(jdk.resolve("lib/server"));
    Path java = Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\nexec '" + real.resolve("bin/java") + "' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.copy(real.resolve("release"), jdk.resolve("release"));
    base = Files.writeString(jdk.resolve("lib/server/classes.jsa"), "the JDK's base archive\n");

    env.put("JAVA_HOME", jdk.toString());
    env.put("STEADY_HOME", dir.resolve("home").toString());
  }

  @Test
  void a_new_install_makes_its_archive_once_and_then_starts_from_it() throws Exception {
    LaunchedProcess first = run();
    assertThat(first.exitCode(120)).isEqualTo(0);
    assertThat(first.err()).isEqualTo(REMAKING);
    assertThat(first.texts()).singleElement().asString().startsWith("steady ");

    assertStartsSilentlyFromTheArchive();
  }

  @Test
  void a_jdk_update_remakes_the_archive_with_one_line_on_stderr() throws Exception {
    assertThat(run().exitCode(120)).isEqualTo(0);
    assertStartsSilentlyFromTheArchive();

    // a JDK update (or `java -Xshare:dump`) writes a new base archive
    Files.setLastModifiedTime(base, FileTime.from(Instant.now().minus(3, ChronoUnit.DAYS)));
    LaunchedProcess updated = run();

    assertThat(updated.exitCode(120)).isEqualTo(0);
    assertThat(updated.err()).isEqualTo(REMAKING);
    assertStartsSilentlyFromTheArchive();
  }

  @Test
  void an_archive_the_jvm_cannot_use_is_remade_not_kept() throws Exception {
    assertThat(run().exitCode(120)).isEqualTo(0);
    // a damaged archive, or one made by another Java that left no stamp
    Files.delete(launcher.getParent().resolveSibling("target/steady.jsa.for"));
    LaunchedProcess again = run();

    assertThat(again.exitCode(120)).isEqualTo(0);
    assertThat(again.err()).isEqualTo(REMAKING);
    assertStartsSilentlyFromTheArchive();
  }

  /** The next start says nothing on stderr and loads steady's classes from the archive. */
  private void assertStartsSilentlyFromTheArchive() throws Exception {
    Path classes = dir.resolve("classes.log");
    env.put("STEADY_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes);
    LaunchedProcess run = run();
    env.remove("STEADY_JAVA_OPTS");

    assertThat(run.exitCode(120)).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(classes)).contains("dev.steady.cli.Main source: shared objects file (top)");
  }

  private LaunchedProcess run() throws IOException {
    return LaunchedProcess.start(env, List.of(launcher.toString(), "--version"));
  }
}
