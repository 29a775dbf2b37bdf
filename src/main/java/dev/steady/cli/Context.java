package dev.steady.cli;

import dev.steady.breath.TimeSource;
import dev.steady.time.SystemClock;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What a command may know of the world: the environment, the wall clock, the monotonic clock, whether it
 * talks to a person at a terminal, and where typed answers come from. Tests pass their own.
 *
 * @param terminal whether stdin and stdout are a terminal (animation and colour are allowed)
 * @param input where answers to questions are read (stdin), and whether it is a keyboard (a terminal)
 */
public record Context(Map<String, String> env, Clock clock, TimeSource time, boolean terminal, Input input) {
  /** Standard input: its bytes, and whether a person types them at a terminal (keys can be read raw). */
  public record Input(InputStream stream, BooleanSupplier keyboard) {
    /** Nothing to read, as from {@code < /dev/null}. */
    public static final Input NONE = typed("");

    /** Lines typed into a pipe, as a script or a test gives them. */
    public static Input typed(String lines) {
      return new Input(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), () -> false);
    }

    public boolean isKeyboard() {
      return keyboard.getAsBoolean();
    }
  }

  public Context(Map<String, String> env, Clock clock, TimeSource time, boolean terminal) {
    this(env, clock, time, terminal, Input.NONE);
  }

  public static Context system() {
    return new Context(
        System.getenv(),
        new SystemClock(),
        TimeSource.SYSTEM,
        System.console() != null,
        new Input(System.in, Context::stdinIsTerminal));
  }

  /**
   * Whether fd 0 is a terminal, without a terminal library: Linux names it in /proc (elsewhere: assumed not).
   * Asked only by a session, never at start-up.
   */
  private static boolean stdinIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }

  /** Now, on this world's clock and in its time zone. */
  public ZonedDateTime now() {
    return clock instanceof SystemClock system ? system.now() : ZonedDateTime.now(clock);
  }

  /** The same world with these answers typed on standard input. */
  public Context typing(Input typed) {
    return new Context(env, clock, time, terminal, typed);
  }

  /** Colour only for a person at a terminal who has not asked for none (https://no-color.org). */
  public boolean colour() {
    String noColor = env.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }
}
