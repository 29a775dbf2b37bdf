package dev.steady.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed block under a real cron daemon (Debian's {@code cron}), its schedules set to every minute: the
 * real {@code notify-send} reaches a stand-in notification service on a session bus at /run/user/UID/bus, and
 * cron mails nothing. A control line outside the block, which prints, shows that cron's mail does arrive here.
 *
 * <p>It needs root (to start the daemon), the programs of Debian's cron, dbus, libnotify-bin, an MTA, and
 * python3-dbus with python3-gi for the stand-in ({@code .ci/run} installs them); where any is missing it skips,
 * saying which. It waits for cron's next minute (up to about 70 s) and puts back the crontab, stops the daemon
 * and the bus it started, and takes its control mails out of the mailbox again.
 */
@DisplayName("the installed block under a real cron daemon")
class CronDaemonIT {
  private static final Path REPO = Path.of(System.getProperty("steady.repo", ".")).toAbsolutePath();
  private static final Path LAUNCHER = REPO.resolve("bin/steady");
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final List<Path> MAIL = List.of(Path.of("/var/mail"), Path.of("/var/spool/mail"));
  private static final String CONTROL = "steady-cron-daemon-it-control";

  @TempDir Path dir;
  private final List<Process> started = new ArrayList<>();
  private final Map<Path, Long> mailboxes = new HashMap<>();
  private Path runtimeDir;
  private boolean madeRuntimeDir;
  private boolean startedBus;
  private String savedCrontab;
  private boolean crontabTouched;

  @Test
  void deliversANotificationAndMailsNothing() throws Exception {
    assumeTrue(System.getProperty("os.name").equals("Linux"), "a Debian cron daemon runs only on Linux");
    long uid = ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
    assumeTrue(uid == 0, "starting a cron daemon needs root, and this test runs as uid " + uid);
    for (String program : List.of("/usr/sbin/cron", "/usr/bin/crontab", "/usr/bin/dbus-daemon", "/usr/bin/notify-send",
        "/usr/sbin/sendmail")) {
      assumeTrue(Files.isExecutable(Path.of(program)),
          program + " is missing (apt-get install cron dbus libnotify-bin, with cron's recommended MTA)");
    }
    assumeTrue(Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import dbus, gi"), null).code() == 0,
        "the stand-in notification service needs Debian's python3 with python3-dbus and python3-gi");
    runtimeDir = Path.of("/run/user", Long.toString(uid));
    Path socket = runtimeDir.resolve("bus");
    assumeFalse(Files.exists(socket), socket + " exists: a real session bus runs there, and this test will not"
        + " stand in for its notifications");

    // the session bus and the stand-in notification service on it
    if (!Files.isDirectory(runtimeDir)) {
      Files.createDirectories(runtimeDir);
      madeRuntimeDir = true;
    }
    startedBus = true;
    Process bus = start(List.of("dbus-daemon", "--session", "--address=unix:path=" + socket, "--nofork",
        "--print-address=1"), Map.of());
    assertThat(firstLine(bus)).startsWith("unix:path=" + socket);
    Path service = dir.resolve("notifications.py");
    Files.copy(CronDaemonIT.class.getResourceAsStream("notifications.py"), service, StandardCopyOption.REPLACE_EXISTING);
    Path notified = dir.resolve("notified");
    Process notifications = start(List.of(PYTHON.toString(), service.toString(), notified.toString()),
        Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + socket));
    assertThat(firstLine(notifications)).isEqualTo("ready");

    // steady's block, installed by steady cron --install, then every minute, below a control line that prints
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("config.json"), "{\"habits\": [{\"id\": \"fermented\", \"kind\": \"daily\"}]}");
    Ran before = run(List.of("crontab", "-l"), null);
    savedCrontab = before.code() == 0 ? before.out() : null;
    crontabTouched = true;
    Ran install = run(List.of("env", "STEADY_HOME=" + home, LAUNCHER.toString(), "cron", "--install"), null);
    assertThat(install.code()).as(install.out()).isZero();
    String installed = run(List.of("crontab", "-l"), null).out();
    assertThat(installed).contains("DBUS_SESSION_BUS_ADDRESS=unix:path=" + socket + "\n", "STEADY_HOME=" + home + "\n");
    String everyMinute = "* * * * *  echo " + CONTROL + "\n"
        + installed.replaceAll("(?m)^[0-9,]+ [0-9,]+ \\* \\* \\*  ", "* * * * *  ");
    assertThat(run(List.of("crontab", "-"), everyMinute).code()).isZero();

    recordMailboxes();
    if (run(List.of("pidof", "cron"), null).code() != 0) {
      start(List.of("/usr/sbin/cron", "-f"), Map.of());
    }

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
    while (lines(notified).size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertThat(lines(notified))
        .as("notifications from the block's three lines")
        .containsExactly("steady|steady|fermented: 1 more today", "steady|steady|fermented: 1 more today",
            "steady|steady|fermented: 1 more today");

    // the control job's mail shows that cron mails here; after it, a grace period for any mail of ours
    while (!newMail().contains(CONTROL) && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertThat(newMail()).as("the control line's mail").contains(CONTROL);
    Thread.sleep(5_000);
    assertThat(newMail()).as("mail from cron").doesNotContain("remind").doesNotContain(LAUNCHER.toString());
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (crontabTouched) {
      if (savedCrontab == null) {
        run(List.of("crontab", "-r"), null);
      } else {
        run(List.of("crontab", "-"), savedCrontab);
      }
    }
    for (Process process : started) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    // only what this test made: a real session's bus is never touched
    if (startedBus) {
      Files.deleteIfExists(runtimeDir.resolve("bus"));
      if (madeRuntimeDir) {
        Files.deleteIfExists(runtimeDir);
      }
    }
    // the control line's mails leave the mailboxes again; a mailbox that got any other mail meanwhile is left alone
    for (Map.Entry<Path, Long> box : mailboxes.entrySet()) {
      byte[] bytes = Files.readAllBytes(box.getKey());
      int from = (int) Math.min(box.getValue(), bytes.length);
      String added = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
      boolean onlyControl = Stream.of(added.split("(?m)^(?=From )")).allMatch(m -> m.isBlank() || m.contains(CONTROL));
      if (!added.isEmpty() && onlyControl) {
        try (var channel = java.nio.channels.FileChannel.open(box.getKey(), java.nio.file.StandardOpenOption.WRITE)) {
          channel.truncate(box.getValue());
        }
      }
    }
  }

  private void recordMailboxes() throws IOException {
    for (Path folder : MAIL) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            mailboxes.putIfAbsent(file.toRealPath(), Files.size(file));
          }
        }
      }
    }
  }

  /** What arrived in the mailboxes since they were recorded, a mailbox that appeared since included. */
  private String newMail() throws IOException {
    StringBuilder mail = new StringBuilder();
    for (Path folder : MAIL) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            Path real = file.toRealPath();
            mailboxes.putIfAbsent(real, 0L);
            byte[] bytes = Files.readAllBytes(real);
            int from = (int) Math.min(mailboxes.get(real), bytes.length);
            mail.append(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8));
          }
        }
      }
    }
    return mail.toString();
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
  }

  private Process start(List<String> command, Map<String, String> env) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().putAll(env);
    Process process = builder.start();
    started.add(process);
    return process;
  }

  private static String firstLine(Process process) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = reader.readLine();
    while (line != null && line.contains("Failed to set fd limit")) {
      line = reader.readLine();
    }
    return line;
  }

  record Ran(int code, String out) {}

  private static Ran run(List<String> command, String input) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (input == null) {
      builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }
    Process process = builder.start();
    if (input != null) {
      try (var in = process.getOutputStream()) {
        in.write(input.getBytes(StandardCharsets.UTF_8));
      }
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish within 60 s");
    }
    return new Ran(process.exitValue(), out);
  }
}
