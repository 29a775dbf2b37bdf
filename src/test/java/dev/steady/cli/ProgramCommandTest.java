package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.json.Json;
import dev.steady.json.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady program")
class ProgramCommandTest {
  /** Only the breathing habit, so that a test can reach "nothing due". */
  static final String BREATHE_ONLY =
      "{\"version\": 1, \"habits\": [{\"id\": \"breathe\", \"kind\": \"daily\", \"min\": 1, \"unit\": \"min\"}]}";

  @TempDir Path home;
  Steady steady;

  @BeforeEach
  void saturdayMorning() {
    steady = new Steady(home, "2026-12-05T09:00").inVirtualTime();
  }

  private static Node json(CommandRun run) {
    return Json.read(run.out().getBytes(StandardCharsets.UTF_8), "stdout");
  }

  private List<Amount> programmeEntries() {
    return steady.entries().stream().map(Entry::amount).filter(a -> a instanceof Amount.Programme).toList();
  }

  @Test
  void withoutAProgrammeItSaysHowToBeginOne() {
    CommandRun run = steady.run("program");

    assertThat(run.code()).isZero();
    assertThat(run.outLines()).containsExactly(
        "no programme is running: 'steady program start' begins seven days of breathing, a plan a day, each with"
            + " one habit to focus on");
    assertThat(run.err()).isEmpty();
    assertThat(Files.exists(steady.logFile())).as("a look changes nothing").isFalse();
  }

  @Test
  void startBeginsTodayAndShowsTheDaysStep() {
    CommandRun run = steady.run("program", "start");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsExactly(
        "began the seven-day programme: day 1 is today, Saturday 5 December 2026",
        "program day 1 of 7, Saturday 5 December 2026",
        "today: quick for 2m: steady breathe (not yet breathed)",
        "focus: movement: 20 minutes of walking, cycling or anything that moves you (steady log move 20m). (not yet)",
        "",
        "   day  date            session       breathed  focus                        kept",
        ">  1    Sat 2026-12-05  quick 2m      not yet   movement                     not yet",
        "   2    Sun 2026-12-06  coherent 3m             fermented food",
        "   3    Mon 2026-12-07  hum 3m                  plants",
        "   4    Tue 2026-12-08  glide 4m                sleep window",
        "   5    Wed 2026-12-09  resonance 4m            omega-3",
        "   6    Thu 2026-12-10  resonance 5m            fewer ultra-processed foods",
        "   7    Fri 2026-12-11  resonance 5m            less alcohol");
    assertThat(programmeEntries()).containsExactly(Amount.Programme.start(LocalDate.of(2026, 12, 5)));
    assertThat(steady.entries().get(0).habit()).isEqualTo("program");
  }

  @Test
  void startedAtEightInTheEveningDayOneIsTomorrow() {
    CommandRun run = steady.at("2026-12-05T20:00").run("program", "start");

    assertThat(run.outLines()).startsWith(
        "began the seven-day programme: it is after 20:00, so day 1 is tomorrow, Sunday 6 December 2026",
        "the programme begins tomorrow, Sunday 6 December 2026: day 1: quick 2m, focus movement");
    assertThat(json(steady.run("program", "--json")).get("state").text()).isEqualTo("upcoming");
    assertThat(steady.at("2026-12-06T09:00").run("program").outLines()).first().isEqualTo("program day 1 of 7, Sunday 6 December 2026");
  }

  @Test
  void startWhileOneRunsIsRefusedWithItsOwnExitCodeAndChangesNothing() throws IOException {
    steady.run("program", "start");
    byte[] before = Files.readAllBytes(steady.logFile());

    CommandRun run = steady.at("2026-12-07T10:00").run("program", "start");

    assertThat(run.code()).isEqualTo(Failure.PROGRAMME_STATE).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "steady: a programme is running (day 3 of 7, since 2026-12-05); 'steady program start --restart' begins"
            + " again, 'steady program stop' ends it");
    assertThat(Files.readAllBytes(steady.logFile())).isEqualTo(before);
  }

  @Test
  void restartBeginsAgainFromDayOne() {
    steady.run("program", "start");

    CommandRun run = steady.at("2026-12-07T10:00").run("program", "start", "--restart");

    assertThat(run.code()).isZero();
    assertThat(run.outLines()).startsWith(
        "began the seven-day programme again: day 1 is today, Monday 7 December 2026",
        "program day 1 of 7, Monday 7 December 2026");
  }

  @Test
  void stopEndsItAndStopWhenNoneRunsIsRefused() {
    steady.run("program", "start");

    CommandRun stop = steady.at("2026-12-07T10:00").run("program", "stop");
    assertThat(stop.code()).isZero();
    assertThat(stop.outLines()).containsExactly("stopped the seven-day programme on day 3 of 7");
    assertThat(programmeEntries()).endsWith(Amount.Programme.stop());
    assertThat(steady.run("program").outLines()).first().asString().startsWith("no programme is running");

    CommandRun again = steady.run("program", "stop");
    assertThat(again.code()).isEqualTo(3);
    assertThat(again.out()).isEmpty();
    assertThat(again.errLines()).containsExactly("steady: no programme is running; 'steady program start' begins one");
    assertThat(steady.run("program", "start").code()).as("after a stop, start needs no --restart").isZero();
  }

  @Test
  void theJsonIsOneStableDocument() {
    steady.run("program", "start");
    steady.at("2026-12-05T09:10").run("breathe");
    steady.run("log", "move", "30m");

    CommandRun run = steady.at("2026-12-07T11:00").run("program", "--json");
    Node doc = json(run);

    assertThat(doc.get("date").text()).isEqualTo("2026-12-07");
    assertThat(doc.get("state").text()).isEqualTo("running");
    assertThat(doc.get("firstDay").text()).isEqualTo("2026-12-05");
    assertThat(doc.get("lastDay").text()).isEqualTo("2026-12-11");
    assertThat(doc.get("day").whole()).isEqualTo(3);
    assertThat(doc.get("toDo").elements()).extracting(Node::text).containsExactly("hum 3m", "plants");
    assertThat(run.out()).contains("\"review\": null");
    List<Node> days = doc.get("days").elements();
    assertThat(days).hasSize(7);
    Node first = days.get(0);
    assertThat(first.get("day").whole()).isEqualTo(1);
    assertThat(first.get("date").text()).isEqualTo("2026-12-05");
    assertThat(first.get("plan").text()).isEqualTo("quick");
    assertThat(first.get("seconds").whole()).isEqualTo(120);
    assertThat(first.get("command").text()).isEqualTo("steady breathe quick --duration 2m");
    assertThat(first.get("focus").get("habit").text()).isEqualTo("move");
    assertThat(first.get("focus").get("title").text()).isEqualTo("movement");
    assertThat(first.get("focus").get("tracked").bool()).isTrue();
    assertThat(first.get("come").bool()).isTrue();
    assertThat(first.get("sessions").whole()).isEqualTo(1);
    assertThat(first.get("breathingSeconds").number()).isEqualTo(120.0);
    assertThat(first.get("breathed").bool()).isTrue();
    assertThat(first.get("focusMet").bool()).isTrue();
    assertThat(days.get(1).get("breathed").bool()).isFalse();
    assertThat(days.get(1).get("focusMet").bool()).isFalse();
    assertThat(days.get(3).find("breathed")).as("a day to come").isEmpty();
    assertThat(days.get(5).get("focus").get("tracked").bool()).isFalse();
    assertThat(days.get(5).find("focusMet")).isEmpty();

    CommandRun nothing = new Steady(home.resolve("other"), "2026-12-05T09:00").run("program", "--json");
    Node none = json(nothing);
    assertThat(none.get("state").text()).isEqualTo("none");
    assertThat(nothing.out()).contains("\"firstDay\": null", "\"day\": null", "\"review\": null");
    assertThat(none.get("days").elements()).isEmpty();

    Node stopped = json(steady.run("program", "stop", "--json"));
    assertThat(stopped.get("state").text()).isEqualTo("stopped");
    assertThat(stopped.get("day").whole()).isEqualTo(3);
  }

  @Test
  void afterDaySevenItShowsTheReview() {
    steady.run("program", "start");
    for (int day = 0; day < 7; day++) {
      steady.at(LocalDate.of(2026, 12, 5 + day) + "T08:00").run("breathe");
    }
    steady.at("2026-12-09T08:10").run("log", "omega3");

    CommandRun lastDay = steady.at("2026-12-11T20:00").run("program");
    assertThat(lastDay.outLines()).last().asString().startsWith("the week so far: breathed the day's session on 7 of 7 days");

    CommandRun after = steady.at("2026-12-12T09:00").run("program");
    assertThat(after.code()).isZero();
    assertThat(after.outLines()).first().isEqualTo(
        "the programme is finished: seven days from Saturday 5 December 2026 to Friday 11 December 2026");
    assertThat(after.outLines()).contains(
        "  4    Tue 2026-12-08  glide 4m      yes       sleep window                 no",
        "  5    Wed 2026-12-09  resonance 4m  yes       omega-3                      yes",
        "  6    Thu 2026-12-10  resonance 5m  yes       fewer ultra-processed foods  -",
        // glide's 4 minutes end on a whole breath, a little short of 4:00
        "the week: breathed the day's session on 7 of 7 days (7 sessions, 25.9 min); kept the focus on 1 of the 5"
            + " days steady could check",
        "keep the habits going ('steady streaks'); 'steady program start' begins another seven days");
    Node review = json(steady.run("program", "--json")).get("review");
    assertThat(review.get("breathedDays").whole()).isEqualTo(7);
    assertThat(review.get("minutes").number()).isBetween(25.9, 26.0);
    assertThat(review.get("focusMet").whole()).isEqualTo(1);

    assertThat(steady.run("program", "stop").code()).as("a finished programme has nothing to stop").isEqualTo(3);
    assertThat(steady.run("program", "start").code()).as("nor needs a restart").isZero();
  }

  @Nested
  @DisplayName("while it runs, breathe without a plan")
  class Breathe {
    @Test
    void breathesTheDaysPlanForTheDaysLength() {
      steady.run("program", "start");

      CommandRun run = steady.at("2026-12-07T08:00").run("breathe");

      assertThat(run.code()).isZero();
      assertThat(run.errLines()).containsExactly(
          "steady: program day 3 of 7: hum for 3m (name a plan or give --bpm to breathe something else)");
      assertThat(run.outLines()).last().asString().startsWith("done ").contains("in 03:00");
      Amount.Session s = (Amount.Session) steady.entries().get(steady.entries().size() - 1).amount();
      assertThat(s.plan()).isEqualTo("hum");
      assertThat(s.completed()).isTrue();
      assertThat(steady.run("program", "--json").out()).contains("\"toDo\": [\n    \"plants\"\n  ]");
    }

    @Test
    void aGivenDurationOrRatioStillApplies() {
      steady.run("program", "start");

      CommandRun run = steady.run("breathe", "--duration", "20s", "--json");

      assertThat(json(run).get("plan").text()).isEqualTo("quick");
      assertThat(json(run).get("seconds").number()).isEqualTo(20.0);
    }

    @Test
    void anExplicitPlanOrBpmWins() {
      steady.run("program", "start");

      CommandRun box = steady.run("breathe", "box", "--duration", "16s", "--json");
      assertThat(json(box).get("plan").text()).isEqualTo("box");
      assertThat(box.err()).doesNotContain("program");

      CommandRun bpm = steady.run("breathe", "--bpm", "6", "--duration", "10s", "--json");
      assertThat(json(bpm).get("plan").text()).isEqualTo("resonance");
      assertThat(bpm.err()).doesNotContain("program");
    }

    @Test
    void beforeDayOneAndAfterAStopTheDefaultPlanIsBreathed() {
      steady.at("2026-12-05T21:00").run("program", "start");
      assertThat(json(steady.run("breathe", "--duration", "10s", "--json")).get("plan").text()).isEqualTo("resonance");

      steady.at("2026-12-06T09:00").run("program", "stop");
      assertThat(json(steady.run("breathe", "--duration", "10s", "--json")).get("plan").text()).isEqualTo("resonance");
    }
  }

  @Nested
  @DisplayName("while it runs, remind")
  class Remind {
    @Test
    void namesWhatTheDayStillNeedsAfterTheNudge() {
      steady.run("program", "start");

      CommandRun run = steady.at("2026-12-05T10:30").run("remind");

      assertThat(run.code()).isZero();
      assertThat(run.outLines()).hasSize(1);
      assertThat(run.out()).endsWith("; program day 1 of 7: quick 2m, movement\n");
    }

    @Test
    void standsAloneWhenNothingElseIsDueAndFallsSilentWhenTheDayIsDone() {
      steady.writeConfig(BREATHE_ONLY);
      steady.run("program", "start");
      steady.run("breathe", "--duration", "1m"); // the habit's minute, not the programme's two

      CommandRun run = steady.at("2026-12-05T10:30").run("remind");
      assertThat(run.code()).isZero();
      assertThat(run.outLines()).containsExactly("program: day 1 of 7: quick 2m, movement");
      Node doc = json(steady.run("remind", "--json"));
      assertThat(doc.get("nudge").get("id").text()).isEqualTo("program");
      assertThat(doc.get("nudge").get("progress").get("value").number()).isEqualTo(1.0);
      assertThat(doc.get("nudge").get("progress").get("target").number()).isEqualTo(2.0);
      assertThat(doc.get("program").get("day").whole()).isEqualTo(1);
      assertThat(doc.get("program").get("toDo").elements()).extracting(Node::text).containsExactly("quick 2m", "movement");
      assertThat(doc.get("program").get("message").text()).isEqualTo("day 1 of 7: quick 2m, movement");

      steady.run("breathe", "--duration", "1m");
      CommandRun done = steady.run("remind");
      assertThat(done.code()).isEqualTo(1);
      assertThat(done.out()).isEmpty();
      assertThat(done.err()).isEmpty();
      assertThat(steady.run("remind", "--json").out()).contains("\"nudge\": null", "\"program\": null");
    }

    @Test
    void neverSaysTheFocusTwiceNorNudgesForWhatIsDone() {
      steady.run("program", "start");
      steady.run("log", "move", "20m");
      steady.run("breathe");

      CommandRun run = steady.at("2026-12-05T10:30").run("remind");
      assertThat(run.out()).doesNotContain("program");

      steady.at("2026-12-06T08:00").run("breathe");
      CommandRun fermented = steady.at("2026-12-06T13:30").run("remind");
      assertThat(fermented.out()).startsWith("fermented: ").doesNotContain("program");
    }
  }

  @Test
  void itsEntriesShowInHistoryAndExportAndUndoTakesThemBack() {
    steady.run("program", "start");

    assertThat(steady.run("history").out()).contains("program  start, day 1 2026-12-05");
    assertThat(steady.run("export", "--csv").outLines()).last().asString()
        .endsWith(",program,2026-12-05,2026-12-05T09:00+01:00,program-start,,,,,,,,,,,2026-12-05");
    assertThat(steady.run("streaks", "--json").out()).doesNotContain("program");

    assertThat(steady.run("undo").out()).contains("program start, day 1 2026-12-05");
    assertThat(steady.run("program").out()).startsWith("no programme is running");
  }

  @Test
  void editRefusesAProgrammeEntry() {
    steady.run("program", "start");
    String id = steady.entries().get(0).id();

    CommandRun run = steady.run("edit", id, "--note", "x");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "steady: the programme's start, day 1 2026-12-05 cannot be edited; 'steady program start --restart' begins"
            + " it again, and 'steady delete " + id + "' removes the entry");
  }

  @Test
  void twoLogsWithProgrammesMergeAndTheLaterStartDecides(@TempDir Path otherHome) {
    Steady other = new Steady(otherHome, "2026-12-06T09:00");
    steady.run("program", "start");
    other.run("program", "start");
    steady.at("2026-12-06T10:00").run("log", "move", "20m");

    CommandRun run = steady.run("merge", other.logFile().toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("1 added");
    Node here = json(steady.run("program", "--json"));
    assertThat(here.get("firstDay").text()).isEqualTo("2026-12-06");

    other.at("2026-12-06T10:00").run("merge", steady.logFile().toString());
    assertThat(other.run("program", "--json").out()).isEqualTo(steady.run("program", "--json").out());
    assertThat(steady.run("merge", other.logFile().toString()).out()).contains("0 added, 0 removed, 0 conflicts");

    other.at("2026-12-06T11:00").run("program", "stop");
    steady.run("merge", other.logFile().toString());
    assertThat(json(steady.at("2026-12-06T11:30").run("program", "--json")).get("state").text()).isEqualTo("none");
  }
}
