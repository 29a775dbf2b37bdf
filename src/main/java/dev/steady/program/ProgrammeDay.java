package dev.steady.program;

import dev.steady.time.DurationText;
import java.time.Duration;

/**
 * One day of the seven-day programme: a breathing plan at a length, and a habit focus.
 *
 * @param number 1 to 7
 * @param plan a bundled plan's name, as {@code steady breathe PLAN} takes it
 * @param length the session's length, as {@code --duration} gives it
 */
public record ProgrammeDay(int number, String plan, Duration length, Focus focus) {
  /** {@code hum 3m}. */
  public String session() {
    return plan + " " + DurationText.format(length);
  }
}
