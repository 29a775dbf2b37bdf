package dev.steady.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A tmux server on a socket of its own, whose 80 by 24 windows run what a test gives them, for the tests that
 * drive the launcher in a real terminal (InteractiveSessionIT, SessionSignalsIT): type, press keys, read the
 * screen back.
 */
final class Tmux implements AutoCloseable {
  private final String socket = "steady-test-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 6);

  static boolean installed() {
    try {
      return run(List.of("tmux", "-V")).startsWith("tmux");
    } catch (IOException e) {
      return false;
    }
  }

  /** Opens the window {@code name} in {@code dir} running {@code command} (a shell line). */
  void open(String name, Path dir, String command) throws IOException {
    tmux("-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "80", "-y", "24", "-c", dir.toString(), command);
    tmux("set-option", "-t", name, "status", "off");
  }

  String tmux(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    return run(command);
  }

  void type(String pane, String line) throws IOException {
    tmux("send-keys", "-t", pane, "-l", line);
    keys(pane, "Enter");
  }

  /** Presses one key as tmux names it: {@code Space}, {@code C-c}, {@code Escape}, {@code q}. */
  void keys(String pane, String key) throws IOException {
    tmux("send-keys", "-t", pane, key);
  }

  String capture(String pane) throws IOException {
    return tmux("capture-pane", "-p", "-t", pane);
  }

  String waitFor(String pane, String what, long millis, Predicate<String> ready) throws Exception {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    String screen = capture(pane);
    while (!ready.test(screen)) {
      assertThat(System.nanoTime()).as("waiting for %s; the screen shows:%n%s", what, screen).isLessThan(end);
      Thread.sleep(100);
      screen = capture(pane);
    }
    return screen;
  }

  /** The process the pane's shell runs in the foreground now (the launcher execs java, so that is the JVM). */
  ProcessHandle child(String pane) throws Exception {
    long shell = Long.parseLong(tmux("display-message", "-p", "-t", pane, "#{pane_pid}").strip());
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < end) {
      List<ProcessHandle> java = ProcessHandle.of(shell).orElseThrow().children()
          .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
          .toList();
      if (!java.isEmpty()) {
        return java.get(0);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no java process under the pane's shell");
  }

  /** Stops the server and removes the socket file, which tmux leaves behind. */
  @Override
  public void close() throws IOException {
    String path = tmux("display-message", "-p", "#{socket_path}").strip();
    tmux("kill-server");
    if (path.contains(socket)) {
      Files.deleteIfExists(Path.of(path));
    }
  }

  private static String run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command, e);
    }
  }
}
