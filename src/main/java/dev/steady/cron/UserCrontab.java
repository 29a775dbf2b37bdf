package dev.steady.cron;

import dev.steady.failure.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * This user's crontab, read and written through the {@code crontab} program (the only way cron promises to
 * notice a change), found on the PATH of {@code env} and run with that environment.
 */
public final class UserCrontab {
  private final Path program;
  private final Map<String, String> env;

  private UserCrontab(Path program, Map<String, String> env) {
    this.program = program;
    this.env = env;
  }

  public static UserCrontab of(Map<String, String> env) {
    Path program = onPath(env, "crontab")
        .orElseThrow(() -> Failure.io("no crontab command on PATH: install cron (on Debian: apt-get install cron)", null));
    return new UserCrontab(program, env);
  }

  /** The first executable file named {@code name} in the folders of env's PATH. */
  public static Optional<Path> onPath(Map<String, String> env, String name) {
    return Arrays.stream(env.getOrDefault("PATH", "").split(":"))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** The crontab's text; empty when the user has none. */
  public String read() {
    Ran ran = run("", "-l");
    if (ran.code() != 0 && ran.err().contains("no crontab for")) {
      return "";
    }
    return ran.ok("read").out();
  }

  /** Installs {@code text} as the whole crontab, or removes the crontab when the text is empty. */
  public void write(String text) {
    if (text.isEmpty()) {
      run("", "-r").ok("remove");
    } else {
      run(text, "-").ok("write");
    }
  }

  private record Ran(int code, String out, String err, Path program) {
    Ran ok(String what) {
      if (code != 0) {
        String why = err.strip().lines().findFirst().orElse("exit status " + code);
        throw Failure.io("could not " + what + " the crontab: " + program + ": " + why, null);
      }
      return this;
    }
  }

  private Ran run(String input, String... args) {
    String[] command = new String[args.length + 1];
    command[0] = program.toString();
    System.arraycopy(args, 0, command, 1, args.length);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(input.getBytes(StandardCharsets.UTF_8));
      }
      // crontab says little on stderr, so reading one stream after the other cannot fill a pipe and stall
      String out = text(process.getInputStream());
      String err = text(process.getErrorStream());
      return new Ran(process.waitFor(), out, err, program);
    } catch (IOException e) {
      throw Failure.io("could not run " + program + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Failure.io("interrupted while running " + program, e);
    }
  }

  private static String text(InputStream stream) throws IOException {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
