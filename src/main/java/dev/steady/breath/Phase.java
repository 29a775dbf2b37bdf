package dev.steady.breath;

/**
 * One phase of a session at its absolute offset from the session's start. Offsets are computed from the
 * start, never by adding up lengths at run time, so rounding cannot accumulate into drift.
 *
 * @param breath the breath this phase belongs to, from 0
 * @param note a coaching note that starts with this phase, or null
 */
public record Phase(
    int index, int breath, PhaseKind kind, long startNanos, long lengthNanos, String prompt, String note) {

  public long endNanos() {
    return startNanos + lengthNanos;
  }

  public double seconds() {
    return lengthNanos / 1e9;
  }

  /** This phase with {@code text} added to its note (two notes that land on one breath are both kept). */
  Phase withNote(String text) {
    return new Phase(index, breath, kind, startNanos, lengthNanos, prompt, note == null ? text : note + " " + text);
  }
}
