package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.habit.Due;
import dev.steady.habit.Progress;
import dev.steady.program.DayRecord;
import dev.steady.program.Focus;
import dev.steady.program.Programme;
import dev.steady.program.ProgrammeStatus;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What today's step of the programme still needs, as {@code remind} says it: {@code day 3 of 7: hum 3m, plants}.
 *
 * @param toDo the session while it is not breathed, and the focus while it is not kept
 */
record ProgrammeStep(DayRecord day, List<String> toDo) {
  /**
   * Today's step while something of it is left; the focus is left out when the habit nudge already names it
   * ({@code nudged}, a habit id or null), so that one line never says a thing twice.
   */
  static Optional<ProgrammeStep> of(ProgrammeStatus status, String nudged) {
    Optional<DayRecord> day = status.todaysDay();
    if (day.isEmpty()) {
      return Optional.empty();
    }
    Focus focus = day.get().day().focus();
    List<String> toDo = status.stillToDo().stream()
        .filter(part -> !(part.equals(focus.title()) && focus.habit().equals(nudged)))
        .toList();
    return toDo.isEmpty() ? Optional.empty() : Optional.of(new ProgrammeStep(day.get(), toDo));
  }

  String message() {
    return "day " + day.day().number() + " of " + Programme.DAYS + ": " + String.join(", ", toDo);
  }

  /** The step as the nudge itself, when no habit is due: its progress is the day's breathing. */
  Due.Item asNudge() {
    return new Due.Item(
        ProgrammeReport.HABIT, message(),
        new Progress(day.breathingSeconds() / 60, day.day().length().toSeconds() / 60.0, "min"));
  }

  void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("day", day.day().number());
    g.writeArrayFieldStart("toDo");
    for (String part : toDo) {
      g.writeString(part);
    }
    g.writeEndArray();
    g.writeStringField("message", message());
    g.writeEndObject();
  }
}
