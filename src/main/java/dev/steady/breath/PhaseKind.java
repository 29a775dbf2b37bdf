package dev.steady.breath;

/** The four parts of a breath, in order. Both holds read as "hold": that is what the user does. */
public enum PhaseKind {
  INHALE("inhale"),
  HOLD_IN("hold"),
  EXHALE("exhale"),
  HOLD_OUT("hold");

  private final String word;

  PhaseKind(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
