package dev.steady.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real run of {@code bin/steady} with its stdout and stderr piped: each stdout line is kept with the moment
 * it arrived, so a test can check when the program printed it.
 */
final class LaunchedProcess {
  /** A line of stdout and when it arrived, in nanoseconds on this JVM's monotonic clock. */
  record Line(String text, long arrivedNanos) {}

  static final Path REPO = Path.of(System.getProperty("steady.repo", ".")).toAbsolutePath();
  static final Path LAUNCHER = REPO.resolve("bin/steady");

  private final Process process;
  private final List<Line> lines = new ArrayList<>();
  private final StringBuilder err = new StringBuilder();
  private final Thread outReader;
  private final Thread errReader;

  private LaunchedProcess(Process process) {
    this.process = process;
    this.outReader = reader(process.getInputStream(), this::addLine);
    this.errReader = reader(process.getErrorStream(), line -> {
      synchronized (err) {
        err.append(line).append('\n');
      }
    });
  }

  static LaunchedProcess start(Map<String, String> env, List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().remove("STEADY_HOME");
    builder.environment().putAll(env);
    return new LaunchedProcess(builder.start());
  }

  /** {@code bin/steady} with {@code args}, with no input and both outputs piped. */
  static LaunchedProcess steady(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    return start(Map.of(), command);
  }

  private interface LineSink {
    void accept(String line);
  }

  private static Thread reader(InputStream in, LineSink sink) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                  sink.accept(line);
                }
              } catch (IOException e) {
                // the process is gone; what was read is kept
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }

  private synchronized void addLine(String text) {
    lines.add(new Line(text, System.nanoTime()));
    notifyAll();
  }

  /** Waits until {@code count} lines have arrived or the time is up; returns what arrived. */
  synchronized List<Line> awaitLines(int count, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (lines.size() < count && process.isAlive()) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        break;
      }
      wait(left);
    }
    return List.copyOf(lines);
  }

  /** Waits for the end; returns the exit code, or fails the caller's test by killing a process that hangs. */
  int exitCode(long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("bin/steady did not finish within " + timeoutSeconds + " s");
    }
    outReader.join(5_000);
    errReader.join(5_000);
    return process.exitValue();
  }

  synchronized List<Line> lines() {
    return List.copyOf(lines);
  }

  List<String> texts() {
    return lines().stream().map(Line::text).toList();
  }

  String err() {
    synchronized (err) {
      return err.toString();
    }
  }

  long pid() {
    return process.pid();
  }
}
