package dev.steady.breath;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** How fast a segment breathes: a fixed pattern, a steady rate, or a glide from one rate to another. */
public sealed interface Pace {
  /** The breath that starts {@code fraction} (0 to 1) of the way through the segment. */
  Pattern breathAt(double fraction);

  /** The same pace at another rate (from {@code --bpm}). */
  Pace atRate(double bpm);

  /** The same pace with other proportions (from {@code --ratio}). */
  Pace withRatio(Ratio ratio);

  /** Writes this pace's fields into a plan file's segment object, as {@link PlanReader} reads them. */
  void writeFields(JsonGenerator g) throws IOException;

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

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
      g.writeNumberField("inhale", pattern.inhale());
      g.writeNumberField("holdIn", pattern.holdIn());
      g.writeNumberField("exhale", pattern.exhale());
      g.writeNumberField("holdOut", pattern.holdOut());
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

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
      g.writeNumberField("bpm", bpm);
      g.writeStringField("ratio", ratio.text());
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

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
      g.writeObjectFieldStart("glide");
      g.writeNumberField("from", fromBpm);
      g.writeNumberField("to", toBpm);
      g.writeEndObject();
      g.writeStringField("ratio", ratio.text());
    }
  }
}
