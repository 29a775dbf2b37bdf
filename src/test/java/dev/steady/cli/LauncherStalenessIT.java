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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bin/steady builds the jar again when a source is newer than it: a file or folder under src/main or plans, or
 * pom.xml, as {@code find -newer} would see it. Each test runs its own copy of the install, whose Maven is a
 * stand-in that counts its runs and makes the jar new.
 */
@DisplayName("bin/steady rebuilds when a source is newer than the jar")
class LauncherStalenessIT {
  private static final String BUILDING = "steady: building steady (first run or sources changed)…";
  private static final Instant NOW = Instant.now();

  @TempDir Path dir;
  Path install;
  Path calls;
  Map<String, String> env;

  @BeforeEach
  void anInstallWithItsSourcesOlderThanItsJar() throws IOException {
    install = dir.resolve("steady");
    Files.createDirectories(install.resolve("bin"));
    Files.createDirectories(install.resolve("target"));
    Files.copy(LaunchedProcess.LAUNCHER, install.resolve("bin/steady"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(LaunchedProcess.REPO.resolve("target/steady.jar"), install.resolve("target/steady.jar"));
    for (String source : List.of("pom.xml", "src/main/java/dev/steady/Some.java", "plans/box.json")) {
      Path file = install.resolve(source);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "a source\n");
    }
    try (var all = Files.walk(install)) {
      for (Path p : all.toList()) {
        Files.setLastModifiedTime(p, FileTime.from(NOW.minus(2, ChronoUnit.HOURS)));
      }
    }
    Files.setLastModifiedTime(install.resolve("target/steady.jar"), FileTime.from(NOW.minus(1, ChronoUnit.HOURS)));

    Path tools = Files.createDirectories(dir.resolve("tools"));
    calls = dir.resolve("mvn.calls");
    Path mvn = Files.writeString(tools.resolve("mvn"), "#!/bin/sh\necho built >> '" + calls + "'\ntouch target/steady.jar\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    env = Map.of("PATH", tools + ":" + System.getenv("PATH"), "STEADY_HOME", dir.resolve("home").toString());
  }

  @Test
  void sources_older_than_the_jar_start_it_as_it_is() throws Exception {
    LaunchedProcess run = run();

    assertThat(run.exitCode(120)).isEqualTo(0);
    assertThat(run.err()).doesNotContain(BUILDING);
    assertThat(calls).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"pom.xml", "src/main/java/dev/steady/Some.java", "plans/box.json", "src/main/java/dev", "plans"})
  void a_source_newer_than_the_jar_builds_it_once(String source) throws Exception {
    Files.setLastModifiedTime(install.resolve(source), FileTime.from(NOW.minus(30, ChronoUnit.MINUTES)));

    assertBuildsOnceThenNot();
  }

  @Test
  void a_file_added_with_an_old_time_shows_by_its_folder() throws Exception {
    Path added = Files.writeString(install.resolve("src/main/java/dev/steady/.Added.java"), "new\n");
    Files.setLastModifiedTime(added, FileTime.from(NOW.minus(3, ChronoUnit.HOURS)));

    assertBuildsOnceThenNot();
  }

  @Test
  void a_hidden_file_newer_than_the_jar_counts() throws Exception {
    Path hidden = install.resolve("plans/.draft.json");
    Files.writeString(hidden, "{}\n");
    Files.setLastModifiedTime(install.resolve("plans"), FileTime.from(NOW.minus(2, ChronoUnit.HOURS)));
    Files.setLastModifiedTime(hidden, FileTime.from(NOW.minus(30, ChronoUnit.MINUTES)));

    assertBuildsOnceThenNot();
  }

  @Test
  void a_launcher_reached_through_links_finds_its_own_install() throws Exception {
    Path linkedLauncher = Files.createSymbolicLink(dir.resolve("tools/steady"), install.resolve("bin/steady"));
    Path linkedFolder = Files.createSymbolicLink(dir.resolve("linked"), install);

    for (Path launcher : List.of(linkedLauncher, linkedFolder.resolve("bin/steady"), install.resolve("bin/../bin/steady"))) {
      LaunchedProcess run = LaunchedProcess.start(env, List.of(launcher.toString(), "--version"));
      assertThat(run.exitCode(120)).as(launcher.toString()).isEqualTo(0);
      assertThat(run.err()).doesNotContain(BUILDING);
      assertThat(run.texts()).singleElement().asString().startsWith("steady ");
    }
    assertThat(calls).doesNotExist();
    assertThat(Files.readAllLines(install.resolve("target/steady.jsa.for")))
        .hasSize(3).last().isEqualTo(install.toRealPath().toString());
  }

  private void assertBuildsOnceThenNot() throws Exception {
    LaunchedProcess stale = run();
    assertThat(stale.exitCode(120)).isEqualTo(0);
    assertThat(stale.err()).startsWith(BUILDING + "\n");
    assertThat(stale.texts()).singleElement().asString().startsWith("steady ");
    assertThat(Files.readAllLines(calls)).containsExactly("built");

    LaunchedProcess fresh = run();
    assertThat(fresh.exitCode(120)).isEqualTo(0);
    assertThat(fresh.err()).isEmpty();
    assertThat(Files.readAllLines(calls)).containsExactly("built");
  }

  private LaunchedProcess run() throws IOException {
    return LaunchedProcess.start(env, List.of(install.resolve("bin/steady").toString(), "--version"));
  }
}
