package dev.steady.breath;

/** One breath in seconds: in, hold, out, hold. Holds may be zero; in and out may not. */
public record Pattern(double inhale, double holdIn, double exhale, double holdOut) {
  public double seconds() {
    return inhale + holdIn + exhale + holdOut;
  }

  public double bpm() {
    return 60.0 / seconds();
  }

  public double length(PhaseKind kind) {
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

  public Ratio ratio() {
    return new Ratio(inhale, holdIn, exhale, holdOut);
  }
}
