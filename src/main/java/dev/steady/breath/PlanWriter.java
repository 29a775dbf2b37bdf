package dev.steady.breath;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.json.JsonOut;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * A plan as the file {@link PlanReader} reads, with a session's options applied: what was tried, kept as a plan
 * of the user's own. Segment lengths and note times scale with {@code --duration}, to the millisecond; the last
 * segment leaves its length out, taking what is left, so the lengths always add up.
 */
public final class PlanWriter {
  private PlanWriter() {}

  public static String write(Plan plan, SessionOptions options, String title, String description) {
    Duration duration = options.duration() == null ? plan.duration() : options.duration();
    double scale = (double) duration.toMillis() / plan.duration().toMillis();
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonOut.to(out)) {
      g.writeStartObject();
      g.writeStringField("title", title);
      g.writeStringField("description", description);
      g.writeStringField("duration", seconds(duration.toMillis()));
      g.writeArrayFieldStart("segments");
      List<Segment> segments = plan.segments();
      for (int i = 0; i < segments.size(); i++) {
        Segment s = segments.get(i);
        g.writeStartObject();
        options.applyTo(s.pace()).writeFields(g);
        if (i < segments.size() - 1) {
          g.writeStringField("length", seconds(Math.round(s.length().toMillis() * scale)));
        }
        g.writeObjectFieldStart("prompts");
        for (PhaseKind kind : PhaseKind.values()) {
          g.writeStringField(kind.field(), s.prompts().forPhase(kind));
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("notes");
      for (Note n : plan.notes()) {
        g.writeStartObject();
        g.writeStringField("at", seconds(Math.min(Math.round(n.at().toMillis() * scale), duration.toMillis() - 1)));
        g.writeStringField("text", n.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** {@code 90s}, {@code 72.5s}: seconds to the millisecond, which plan files read as a duration. */
  private static String seconds(long millis) {
    return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
  }
}
