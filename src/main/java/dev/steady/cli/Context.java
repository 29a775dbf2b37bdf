package dev.steady.cli;

import dev.steady.breath.TimeSource;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may know of the world: the environment, the wall clock, the monotonic clock, and whether
 * it talks to a person at a terminal. Tests pass their own.
 *
 * @param terminal whether stdin and stdout are a terminal (animation and colour are allowed)
 */
public record Context(Map<String, String> env, Clock clock, TimeSource time, boolean terminal) {
  public static Context system() {
    return new Context(System.getenv(), Clock.systemDefaultZone(), TimeSource.SYSTEM, System.console() != null);
  }

  /** Colour only for a person at a terminal who has not asked for none (https://no-color.org). */
  public boolean colour() {
    String noColor = env.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }
}
