package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Non-ASCII arguments, output, file names and file contents through the real launcher, under no locale (as cron
 * runs a job), the C locale and a UTF-8 one. The runs go through a shell script written as UTF-8 bytes, and
 * everything comes back through files of ASCII names, so the test does not depend on the locale Maven runs in
 * (a JVM under no locale could not even pass {@code café} as an argument).
 */
@DisplayName("bin/steady reads and writes UTF-8 whatever the locale")
class Utf8LauncherIT {
  @TempDir Path dir;

  @ParameterizedTest(name = "env -i {0}")
  @ValueSource(strings = {"", "LANG=C", "LC_ALL=C", "LC_ALL=POSIX LANG=C.UTF-8", "LANG=C.UTF-8"})
  void aNonAsciiItemNoteAndHomeRoundTrip(String locale) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin").toString();
    String steady = "env -i PATH=" + java + ":/usr/bin:/bin HOME=\"$PWD\" " + locale + " STEADY_HOME=\"$PWD/hé\" "
        + LaunchedProcess.LAUNCHER;
    Path script = dir.resolve("run.sh");
    Files.write(
        script,
        String.join(
                "\n",
                "cd \"$(dirname \"$0\")\"",
                steady + " log plants café 'Grünkohl' --note 'crème brûlée' >log.out 2>log.err",
                "echo $? >log.code",
                steady + " history >history.out 2>history.err",
                steady + " due plänts >due.out 2>due.err",
                "cp hé/log.json stored.json",
                "")
            .getBytes(StandardCharsets.UTF_8));

    LaunchedProcess run = LaunchedProcess.start(Map.of(), List.of("/bin/sh", script.toString()));

    assertThat(run.exitCode(120)).isZero();
    assertThat(read("log.code")).isEqualTo("0\n");
    assertThat(read("log.err")).isEmpty();
    assertThat(read("log.out")).startsWith("logged plants café, Grünkohl \"crème brûlée\" for ");
    assertThat(read("stored.json"))
        .contains("\"café\"", "\"Grünkohl\"", "\"note\": \"crème brûlée\"")
        .doesNotContain("\\u", "\uFFFD", "?");
    assertThat(read("history.err")).isEmpty();
    assertThat(read("history.out")).contains("plants  café, Grünkohl \"crème brûlée\"");
    assertThat(read("due.err")).isEqualTo("steady: unexpected argument 'plänts'; due takes no arguments (see 'steady due --help')\n");
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }
}
