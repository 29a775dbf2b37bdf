package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What bin/steady says when there is no usable Java. Each run gets a PATH of only the few tools the launcher
 * needs (this machine's /usr/bin holds a java), and a JAVA_HOME that is missing or fake.
 */
@DisplayName("bin/steady without a usable Java")
class LauncherJavaCheckIT {
  private static final List<String> TOOLS = List.of("bash", "dirname", "readlink", "sed", "head", "find", "mkdir", "rm", "mv", "touch");

  @TempDir Path dir;
  Path tools;

  @BeforeEach
  void toolsOnly() throws IOException {
    tools = Files.createDirectories(dir.resolve("tools"));
    for (String tool : TOOLS) {
      Path real =
          List.of("/usr/bin", "/bin", "/usr/local/bin").stream()
              .map(d -> Path.of(d, tool))
              .filter(Files::isExecutable)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no " + tool + " on this machine"));
      // a wrapper rather than a link: JUnit warns about links that point out of a temp folder
      Path wrapper = Files.writeString(tools.resolve(tool), "#!/bin/sh\nexec " + real + " \"$@\"\n");
      Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private LaunchedProcess launch(String javaHome) throws IOException {
    return LaunchedProcess.start(
        Map.of("PATH", tools.toString(), "JAVA_HOME", javaHome),
        List.of(LaunchedProcess.LAUNCHER.toString(), "--version"));
  }

  /** A fake JDK whose java prints {@code output} on stderr and exits with {@code status}. */
  private Path fakeJdk(String name, String output, int status, String release) throws IOException {
    Path home = Files.createDirectories(dir.resolve(name).resolve("bin")).getParent();
    Path java = home.resolve("bin/java");
    Files.writeString(
        java, "#!/bin/sh\nprintf '%s\\n' '" + output + "' >&2\nprintf 'ran %s\\n' \"$*\"\nexit " + status + "\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (release != null) {
      Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + release + "\"\n");
    }
    return home;
  }

  @Test
  void noJavaAnywhereSaysSoAndNamesTheBrokenJavaHome() throws Exception {
    LaunchedProcess run = launch(dir.resolve("no-such-jdk").toString());

    assertThat(run.exitCode(30)).isEqualTo(69);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "steady: no Java found: JAVA_HOME (" + dir.resolve("no-such-jdk") + ") has no bin/java and there is no"
                + " java on PATH; install Java 17 or newer, or point JAVA_HOME at one");
    assertThat(run.texts()).isEmpty();
  }

  @Test
  void anOldJavaIsNamedWithItsVersion() throws Exception {
    Path jdk = fakeJdk("jdk11", "openjdk version \"11.0.2\" 2019-01-15", 0, null);

    LaunchedProcess run = launch(jdk.toString());

    assertThat(run.exitCode(30)).isEqualTo(69);
    assertThat(run.err())
        .isEqualTo(
            "steady: Java 17 or newer is needed, but " + jdk.resolve("bin/java") + " is version 11; set JAVA_HOME\n");
  }

  @Test
  void javaEightReadsAsEightNotOne() throws Exception {
    Path jdk = fakeJdk("jdk8", "java version \"1.8.0_292\"", 0, null);
    Path jre = fakeJdk("jre8", "ignored", 0, "1.8.0_292");

    LaunchedProcess fromItsOutput = launch(jdk.toString());
    LaunchedProcess fromItsReleaseFile = launch(jre.toString());

    assertThat(fromItsOutput.exitCode(30)).isEqualTo(69);
    assertThat(fromItsOutput.err()).contains("is version 8;");
    assertThat(fromItsReleaseFile.exitCode(30)).isEqualTo(69);
    assertThat(fromItsReleaseFile.err()).contains("is version 8;");
  }

  @Test
  void aJavaThatCannotStartIsReportedNotSilent() throws Exception {
    Path jdk = fakeJdk("broken", "Error: could not find libjava.so", 1, null);

    LaunchedProcess run = launch(jdk.toString());

    assertThat(run.exitCode(30)).isEqualTo(69);
    assertThat(run.err()).contains("is version unknown; set JAVA_HOME");
  }

  @Test
  void aNewEnoughJavaIsStartedWithTheJarAndTheArguments() throws Exception {
    Path jdk = fakeJdk("jdk21", "", 0, "21.0.1");

    LaunchedProcess run = launch(jdk.toString());

    assertThat(run.exitCode(30)).isZero();
    assertThat(run.texts()).singleElement().asString()
        .startsWith("ran -XX:TieredStopAtLevel=1")
        .contains("-cp " + LaunchedProcess.REPO.resolve("target/steady.jar"))
        .endsWith("dev.steady.cli.Main --version");
  }
}
