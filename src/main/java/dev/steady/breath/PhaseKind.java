package dev.steady.breath;

/** The four parts of a breath, in order. Both holds read as "hold": that is what the user does. */
public enum PhaseKind {
  INHALE("inhale", "inhale"),
  HOLD_IN("hold", "holdIn"),
  EXHALE("exhale", "exhale"),
  HOLD_OUT("hold", "holdOut");

  private final String word;
  private final String field;

  PhaseKind(String word, String field) {
    this.word = word;
    this.field = field;
  }

  /** The phase's name in a plan file (its length or its prompt). */
  public String field() {
    return field;
  }

  public String word() {
    return word;
  }
}
