package dev.steady.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The block that the real {@code bin/steady cron} prints, parsed as cron parses it, and each of its lines run as
 * cron runs one: {@code env -i} with only cron's own variables and the block's, through {@code /bin/sh -c}. The
 * one change is a folder put in front of the block's PATH, holding a stand-in {@code notify-send} that writes
 * down what it was asked to show.
 */
@DisplayName("the lines of steady cron, run the way cron runs them")
class CronLinesIT {
  private static final Path LAUNCHER =
      Path.of(System.getProperty("steady.repo", ".")).toAbsolutePath().resolve("bin/steady");

  @TempDir Path dir;
  Path home;
  Path notified;
  Path standIns;

  /** One job of a crontab: its five time fields and its command, as cron hands it to the shell. */
  record Job(String schedule, String command) {}

  @BeforeEach
  void setUp() throws IOException {
    home = Files.createDirectories(dir.resolve("home"));
    // one habit and no sleep habit, so that nothing depends on the hour the test runs at
    Files.writeString(home.resolve("config.json"), "{\"habits\": [{\"id\": \"fermented\", \"kind\": \"daily\"}]}");
    standIns = Files.createDirectories(dir.resolve("stand-ins"));
    notified = dir.resolve("notified");
    Path notifySend = Files.writeString(standIns.resolve("notify-send"),
        "#!/bin/sh\nfor a in \"$@\"; do printf '%s|' \"$a\" >> '" + notified + "'; done\necho >> '" + notified + "'\n");
    Files.setPosixFilePermissions(notifySend, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  @DisplayName("with something due, every line shows it through the notifier and prints nothing itself")
  void somethingDue() throws Exception {
    String block = steady("cron");
    Map<String, String> env = variables(block);
    List<Job> jobs = jobs(block);

    assertThat(env).containsEntry("LANG", "C.UTF-8").containsEntry("STEADY_HOME", home.toString());
    assertThat(jobs).hasSize(3).allSatisfy(job -> assertThat(job.command()).contains(LAUNCHER + " remind"));
    for (Job job : jobs) {
      Ran ran = runAsCron(env, job);
      assertThat(ran.code()).as(job.schedule()).isZero();
      assertThat(ran.output()).as(job.schedule()).isEmpty();
    }
    assertThat(Files.readAllLines(notified, StandardCharsets.UTF_8))
        .containsExactly(
            "-a|steady|steady|fermented: 1 more today|",
            "-a|steady|steady|fermented: 1 more today|",
            "-a|steady|steady|fermented: 1 more today|");
  }

  @Test
  @DisplayName("with nothing due, every line is silent: no notification, no output for cron to mail")
  void nothingDue() throws Exception {
    String block = steady("cron");
    steady("log", "fermented");

    for (Job job : jobs(block)) {
      Ran ran = runAsCron(variables(block), job);
      assertThat(ran.code()).as(job.schedule()).isEqualTo(1);
      assertThat(ran.output()).as(job.schedule()).isEmpty();
    }
    assertThat(notified).doesNotExist();
  }

  /** The block's variable lines, as cron reads them ({@code NAME=value}, quotes around the value removed). */
  static Map<String, String> variables(String crontab) {
    Map<String, String> env = new LinkedHashMap<>();
    for (String line : crontab.lines().toList()) {
      if (line.matches("[A-Za-z_][A-Za-z0-9_]*\\s*=.*")) {
        String value = line.substring(line.indexOf('=') + 1).strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
          value = value.substring(1, value.length() - 1);
        }
        env.put(line.substring(0, line.indexOf('=')).strip(), value);
      }
    }
    return env;
  }

  /** The job lines: five time fields, then the command, in which {@code \%} stands for {@code %}. */
  static List<Job> jobs(String crontab) {
    List<Job> jobs = new ArrayList<>();
    for (String line : crontab.lines().toList()) {
      String[] fields = line.strip().split("\\s+", 6);
      if (!line.startsWith("#") && fields.length == 6 && fields[0].matches("[0-9*,/-]+")) {
        String command = fields[5];
        // an unescaped % would start the job's standard input: the block has none
        assertThat(command.replace("\\%", "")).doesNotContain("%");
        jobs.add(new Job(String.join(" ", List.of(fields).subList(0, 5)), command.replace("\\%", "%")));
      }
    }
    return jobs;
  }

  record Ran(int code, String output) {}

  /** {@code env -i}, cron's four variables, the block's, and /bin/sh -c, as Debian's cron runs a job. */
  private Ran runAsCron(Map<String, String> block, Job job) throws Exception {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", dir.toString());
    env.put("LOGNAME", "tester");
    env.put("SHELL", "/bin/sh");
    env.put("PATH", "/usr/bin:/bin");
    env.putAll(block);
    env.put("PATH", standIns + ":" + block.get("PATH"));
    List<String> command = new ArrayList<>(List.of("env", "-i"));
    env.forEach((name, value) -> command.add(name + "=" + value));
    command.addAll(List.of("/bin/sh", "-c", job.command()));
    return run(command);
  }

  private String steady(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("env", "STEADY_HOME=" + home, LAUNCHER.toString()));
    command.addAll(List.of(args));
    Ran ran = run(command);
    assertThat(ran.code()).as(String.join(" ", args)).isZero();
    return ran.output();
  }

  private static Ran run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish within 60 s");
    }
    return new Ran(process.exitValue(), output);
  }
}
