package dev.steady.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.program.DayRecord;
import dev.steady.program.Programme;
import dev.steady.program.ProgrammeStatus;
import dev.steady.program.Review;
import dev.steady.time.DateText;
import dev.steady.time.DurationText;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The programme's status as {@code program} prints it: lines of text, or one JSON document. */
final class ProgrammeReport {
  /** The habit that programme entries are logged under; they count toward no habit. */
  static final String HABIT = "program";
  /** What runs the day's plan while a programme runs. */
  static final String COMMAND = "steady breathe";

  private final ProgrammeStatus status;
  private final boolean json;
  private String state;

  ProgrammeReport(ProgrammeStatus status, boolean json) {
    this.status = status;
    this.json = json;
    this.state = status.state().word();
  }

  /** The report of a programme just stopped: as it stood, in the state {@code stopped}. */
  ProgrammeReport stopped() {
    state = "stopped";
    return this;
  }

  /** Prints the report; {@code said}, what the command did, leads the text (JSON has it in its fields). */
  void print(PrintWriter out, String said) {
    if (json) {
      JsonDocument.print(out, this::writeJson);
      return;
    }
    if (said != null) {
      out.println(said);
    }
    if ("stopped".equals(state)) {
      return;
    }
    switch (status.state()) {
      case NONE -> out.println(
          "no programme is running: 'steady program start' begins seven days of breathing, a plan a day, each"
              + " with one habit to focus on");
      case UPCOMING -> {
        out.println("the programme begins " + when(status) + ": " + step(status.days().get(0)));
        days(out);
      }
      case RUNNING -> running(out);
      case FINISHED -> {
        out.println("the programme is finished: seven days from " + DateText.full(status.firstDay()) + " to "
            + DateText.full(Programme.lastDay(status.firstDay())));
        days(out);
        review(out);
        out.println("keep the habits going ('steady streaks'); 'steady program start' begins another seven days");
      }
    }
  }

  private void running(PrintWriter out) {
    DayRecord today = status.todaysDay().orElseThrow();
    out.println("program day " + today.day().number() + " of " + Programme.DAYS + ", " + DateText.full(today.date()));
    out.println("today: " + today.day().plan() + " for " + DurationText.format(today.day().length()) + ": "
        + COMMAND + " (" + breathing(today) + ")");
    out.println("focus: " + today.day().focus().title() + ": " + today.day().focus().tip() + " (" + kept(today) + ")");
    days(out);
    review(out);
  }

  /** {@code tomorrow, Sunday 6 December 2026}, or {@code on …} for a later day (a start a merge brought). */
  private static String when(ProgrammeStatus s) {
    return (s.firstDay().equals(s.today().plusDays(1)) ? "tomorrow, " : "on ") + DateText.full(s.firstDay());
  }

  /** {@code day 1: quick 2m, focus movement}. */
  private static String step(DayRecord d) {
    return "day " + d.day().number() + ": " + d.day().session() + ", focus " + d.day().focus().title();
  }

  private static String breathing(DayRecord d) {
    if (d.breathed()) {
      return "done";
    }
    return d.sessions() == 0 ? "not yet breathed" : minutes(d.breathingSeconds() / 60) + " of "
        + DurationText.format(d.day().length()) + " breathed so far";
  }

  private static String kept(DayRecord d) {
    if (!d.tracked()) {
      return "no " + d.day().focus().habit() + " habit in the config to check it by";
    }
    if (d.focusMet()) {
      return "kept";
    }
    return d.byNight() ? "tonight's night counts, logged tomorrow" : "not yet";
  }

  /** The seven days, a line each: the session and whether it was breathed, the focus and whether it was kept. */
  private void days(PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("", "day", "date", "session", "breathed", "focus", "kept"));
    for (DayRecord d : status.days()) {
      boolean today = d.date().equals(status.today());
      rows.add(List.of(
          today ? ">" : "",
          Integer.toString(d.day().number()),
          DateText.weekday(d.date()) + " " + d.date(),
          d.day().session(),
          !d.come() ? "" : d.breathed() ? "yes" : today ? "not yet" : "no",
          d.day().focus().title(),
          !d.come() ? "" : !d.tracked() ? "-" : d.focusMet() ? "yes" : today || d.byNight() && d.date().plusDays(1).equals(status.today()) ? "not yet" : "no"));
    }
    out.println();
    Table.print(out, rows);
  }

  /** The review of the week, from day seven on. */
  private void review(PrintWriter out) {
    Optional<Review> review = status.review();
    if (review.isEmpty()) {
      return;
    }
    Review r = review.get();
    out.println();
    out.println((status.state() == ProgrammeStatus.State.RUNNING ? "the week so far: " : "the week: ")
        + "breathed the day's session on " + r.breathedDays() + " of " + r.days() + " days (" + r.sessions()
        + (r.sessions() == 1 ? " session, " : " sessions, ") + minutes(r.minutes()) + " min); "
        + (r.focusTracked() == 0
            ? "no focus habit in the config to check"
            : "kept the focus on " + r.focusMet() + " of the " + r.focusTracked() + " days steady could check"));
  }

  private static String minutes(double minutes) {
    return DurationText.trim(Math.floor(minutes * 10) / 10);
  }

  /** {@code a programme is running (day 3 of 7, since 2026-12-05)}, or the one that begins tomorrow. */
  static String running(ProgrammeStatus s) {
    return s.state() == ProgrammeStatus.State.UPCOMING
        ? "a programme begins " + when(s)
        : "a programme is running (day " + s.todaysDay().orElseThrow().day().number() + " of " + Programme.DAYS
            + ", since " + s.firstDay() + ")";
  }

  /** Why there is nothing to stop. */
  static String notRunning(ProgrammeStatus s) {
    String last = s.state() == ProgrammeStatus.State.FINISHED
        ? " (the last one finished on " + Programme.lastDay(s.firstDay()) + ")"
        : "";
    return "no programme is running" + last + "; 'steady program start' begins one";
  }

  private void writeJson(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", status.today().toString());
    g.writeStringField("state", state);
    date(g, "firstDay", status.firstDay());
    date(g, "lastDay", status.firstDay() == null ? null : Programme.lastDay(status.firstDay()));
    Optional<DayRecord> today = status.todaysDay();
    if (today.isPresent()) {
      g.writeNumberField("day", today.get().day().number());
    } else {
      g.writeNullField("day");
    }
    g.writeArrayFieldStart("toDo");
    for (String part : status.stillToDo()) {
      g.writeString(part);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("days");
    for (DayRecord d : status.days()) {
      day(g, d);
    }
    g.writeEndArray();
    g.writeFieldName("review");
    Optional<Review> review = status.review();
    if (review.isPresent()) {
      Review r = review.get();
      g.writeStartObject();
      g.writeNumberField("days", r.days());
      g.writeNumberField("breathedDays", r.breathedDays());
      g.writeNumberField("sessions", r.sessions());
      g.writeNumberField("minutes", r.minutes());
      g.writeNumberField("focusTracked", r.focusTracked());
      g.writeNumberField("focusMet", r.focusMet());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    g.writeEndObject();
  }

  private static void day(JsonGenerator g, DayRecord d) throws IOException {
    g.writeStartObject();
    g.writeNumberField("day", d.day().number());
    g.writeStringField("date", d.date().toString());
    g.writeStringField("plan", d.day().plan());
    g.writeNumberField("seconds", d.day().length().toSeconds());
    g.writeStringField("command", COMMAND + " " + d.day().plan() + " --duration " + DurationText.format(d.day().length()));
    g.writeObjectFieldStart("focus");
    g.writeStringField("habit", d.day().focus().habit());
    g.writeStringField("title", d.day().focus().title());
    g.writeStringField("tip", d.day().focus().tip());
    g.writeBooleanField("tracked", d.tracked());
    g.writeEndObject();
    g.writeBooleanField("come", d.come());
    g.writeNumberField("sessions", d.sessions());
    g.writeNumberField("breathingSeconds", d.breathingSeconds());
    if (d.come()) {
      g.writeBooleanField("breathed", d.breathed());
    } else {
      g.writeNullField("breathed");
    }
    if (d.come() && d.tracked()) {
      g.writeBooleanField("focusMet", d.focusMet());
    } else {
      g.writeNullField("focusMet");
    }
    g.writeEndObject();
  }

  private static void date(JsonGenerator g, String name, LocalDate date) throws IOException {
    if (date == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, date.toString());
    }
  }
}
