package dev.steady.breath;

/** How fast a segment breathes: a fixed pattern, a steady rate, or a glide from one rate to another. */
public sealed interface Pace {
  /** The breath that starts {@code fraction} (0 to 1) of the way through the segment. */
  Pattern breathAt(double fraction);

  /** The same pace at another rate (from {@code --bpm}). */
  Pace atRate(double bpm);

  /** The same pace with other proportions (from {@code --ratio}). */
  Pace withRatio(Ratio ratio);

  record Fixed(Pattern pattern) implements Pace {
    @Override
    public Pattern breathAt(double fraction) {
      return pattern;
    }

    @Override
    public Pace atRate(double bpm) {
      return new Steady(bpm, pattern.ratio());
    }

    @Override
    public Pace withRatio(Ratio ratio) {
      return new Steady(pattern.bpm(), ratio);
    }
  }

  record Steady(double bpm, Ratio ratio) implements Pace {
    @Override
    public Pattern breathAt(double fraction) {
      return ratio.at(bpm);
    }

    @Override
    public Pace atRate(double rate) {
      return new Steady(rate, ratio);
    }

    @Override
    public Pace withRatio(Ratio other) {
      return new Steady(bpm, other);
    }
  }

  /** The rate moves in a straight line from {@code fromBpm} to {@code toBpm} over the segment. */
  record Glide(double fromBpm, double toBpm, Ratio ratio) implements Pace {
    @Override
    public Pattern breathAt(double fraction) {
      return ratio.at(fromBpm + (toBpm - fromBpm) * Math.min(1, Math.max(0, fraction)));
    }

    @Override
    public Pace atRate(double bpm) {
      return new Steady(bpm, ratio);
    }

    @Override
    public Pace withRatio(Ratio other) {
      return new Glide(fromBpm, toBpm, other);
    }
  }
}
