package dev.steady.breath;

import dev.steady.json.JsonOut;
import dev.steady.json.Node;
import dev.steady.time.DurationText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a plan document into a {@link Plan}, naming the file and the field's path for anything wrong. The
 * format is in the README; every field but {@code title}, {@code duration} and {@code segments} is optional.
 */
public final class PlanReader {
  private static final Set<String> PLAN_FIELDS =
      Set.of("title", "description", "duration", "segments", "notes");
  private static final Set<String> SEGMENT_FIELDS =
      Set.of("inhale", "holdIn", "exhale", "holdOut", "bpm", "ratio", "glide", "length", "prompts");
  private static final Set<String> PROMPT_FIELDS = Set.of("inhale", "holdIn", "exhale", "holdOut");

  private PlanReader() {}

  public static Plan read(String name, Node doc) {
    doc.only(PLAN_FIELDS);
    String title = nonBlank(doc.get("title"));
    String description = doc.find("description").map(PlanReader::nonBlank).orElse("");
    Node durationNode = doc.get("duration");
    Duration duration = duration(durationNode, SessionOptions.MIN_DURATION);
    List<Node> segmentNodes = doc.get("segments").elements();
    if (segmentNodes.isEmpty()) {
      throw doc.get("segments").invalid("expected at least one segment");
    }
    List<Segment> segments = new ArrayList<>();
    Duration used = Duration.ZERO;
    for (int i = 0; i < segmentNodes.size(); i++) {
      Node s = segmentNodes.get(i).only(SEGMENT_FIELDS);
      boolean last = i == segmentNodes.size() - 1;
      Duration length;
      if (s.has("length")) {
        length = duration(s.get("length"), Duration.ofSeconds(1));
      } else if (last) {
        length = duration.minus(used);
        if (length.isNegative() || length.isZero()) {
          throw s.invalid(
              "nothing is left of the " + DurationText.format(duration) + " duration for this segment (the ones"
                  + " before take " + DurationText.format(used) + ")");
        }
      } else {
        throw s.invalid("expected a length (only the last segment may leave it out)");
      }
      used = used.plus(length);
      segments.add(new Segment(pace(s), length, prompts(s)));
    }
    if (!used.equals(duration)) {
      throw durationNode.invalid(
          "the segments add up to "
              + DurationText.format(used)
              + " but the duration is "
              + DurationText.format(duration));
    }
    List<Note> notes = new ArrayList<>();
    for (Node n : doc.find("notes").map(Node::elements).orElse(List.of())) {
      n.only(Set.of("at", "text"));
      Node atNode = n.get("at");
      Duration at = atNode.as(PlanReader::noteTime, "a time such as 1:00 or 90s");
      if (at.compareTo(duration) >= 0) {
        throw atNode.invalid(
            "expected a time within the plan's " + DurationText.format(duration)
                + ", found \"" + atNode.text() + "\"");
      }
      notes.add(new Note(at, nonBlank(n.get("text"))));
    }
    return new Plan(name, title, description, duration, segments, notes, doc.source());
  }

  private static Duration noteTime(String text) {
    if (text.contains(":")) {
      String[] p = text.split(":", -1);
      if (p.length != 2 || !p[0].matches("\\d{1,3}") || !p[1].matches("[0-5]\\d")) {
        throw new IllegalArgumentException(text);
      }
      return Duration.ofSeconds(Long.parseLong(p[0]) * 60 + Long.parseLong(p[1]));
    }
    return DurationText.parse(text);
  }

  private static Duration duration(Node node, Duration min) {
    Duration d = node.as(DurationText::parse, DurationText.EXPECTED);
    if (d.compareTo(min) < 0 || d.compareTo(SessionOptions.MAX_DURATION) > 0) {
      throw node.invalid(
          "expected between " + DurationText.format(min) + " and 60m, found \"" + node.text() + "\"");
    }
    return d;
  }

  private static Pace pace(Node s) {
    boolean pattern = s.has("inhale") || s.has("exhale") || s.has("holdIn") || s.has("holdOut");
    boolean rate = s.has("bpm");
    boolean glide = s.has("glide");
    if ((pattern ? 1 : 0) + (rate ? 1 : 0) + (glide ? 1 : 0) != 1) {
      throw s.invalid("expected exactly one of: inhale and exhale seconds, bpm, or glide");
    }
    if (pattern) {
      if (s.has("ratio")) {
        throw s.get("ratio").invalid("a ratio goes with bpm or glide, not with seconds");
      }
      Pattern p =
          new Pattern(
              seconds(s.get("inhale"), false),
              s.find("holdIn").map(n -> seconds(n, true)).orElse(0.0),
              seconds(s.get("exhale"), false),
              s.find("holdOut").map(n -> seconds(n, true)).orElse(0.0));
      if (p.bpm() < SessionOptions.MIN_BPM || p.bpm() > SessionOptions.MAX_BPM) {
        throw s.invalid(
            "expected a breath of 3 to 30 seconds (2–20 bpm), found " + DurationText.trim(p.seconds()) + "s");
      }
      return new Pace.Fixed(p);
    }
    Ratio ratio = s.find("ratio").map(n -> n.as(Ratio::parse, Ratio.EXPECTED)).orElse(new Ratio(4, 0, 6, 0));
    if (rate) {
      return new Pace.Steady(bpm(s.get("bpm")), ratio);
    }
    Node g = s.get("glide").only(Set.of("from", "to"));
    return new Pace.Glide(bpm(g.get("from")), bpm(g.get("to")), ratio);
  }

  private static double bpm(Node n) {
    double v = n.number();
    if (v < SessionOptions.MIN_BPM || v > SessionOptions.MAX_BPM) {
      throw n.invalid("expected a rate between 2 and 20 breaths a minute, found " + JsonOut.plain(v));
    }
    return v;
  }

  private static double seconds(Node n, boolean zeroAllowed) {
    double v = n.number();
    if (zeroAllowed ? v < 0 : v <= 0) {
      throw n.invalid(
          (zeroAllowed ? "expected 0 or more seconds" : "expected more than 0 seconds") + ", found " + JsonOut.plain(v));
    }
    return v;
  }


  private static Prompts prompts(Node s) {
    Prompts d = Prompts.DEFAULT;
    return s.find("prompts")
        .map(
            p -> {
              p.only(PROMPT_FIELDS);
              return new Prompts(
                  p.find("inhale").map(PlanReader::nonBlank).orElse(d.inhale()),
                  p.find("holdIn").map(PlanReader::nonBlank).orElse(d.holdIn()),
                  p.find("exhale").map(PlanReader::nonBlank).orElse(d.exhale()),
                  p.find("holdOut").map(PlanReader::nonBlank).orElse(d.holdOut()));
            })
        .orElse(d);
  }

  private static String nonBlank(Node n) {
    String text = n.text().strip();
    if (text.isEmpty()) {
      throw n.invalid("expected some text, found an empty string");
    }
    return text;
  }
}
