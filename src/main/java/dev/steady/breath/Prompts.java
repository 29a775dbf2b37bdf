package dev.steady.breath;

/** What to say as each phase starts; written to be read aloud by a screen reader as well as seen. */
public record Prompts(String inhale, String holdIn, String exhale, String holdOut) {
  public static final Prompts DEFAULT =
      new Prompts("Breathe in through the nose", "Hold gently", "Slow breath out", "Rest");

  public String forPhase(PhaseKind kind) {
    switch (kind) {
      case INHALE:
        return inhale;
      case HOLD_IN:
        return holdIn;
      case EXHALE:
        return exhale;
      default:
        return holdOut;
    }
  }
}
