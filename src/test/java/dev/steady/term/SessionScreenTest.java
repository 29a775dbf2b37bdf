package dev.steady.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.steady.breath.Note;
import dev.steady.breath.Pace;
import dev.steady.breath.Pacer;
import dev.steady.breath.Pattern;
import dev.steady.breath.PhaseKind;
import dev.steady.breath.Plan;
import dev.steady.breath.Prompts;
import dev.steady.breath.Schedule;
import dev.steady.breath.Segment;
import dev.steady.breath.SessionOptions;
import dev.steady.breath.VirtualTime;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The animated session's screen")
class SessionScreenTest {
  private static final long SECOND = 1_000_000_000L;
  private static final org.assertj.core.data.Offset<Double> CLOSE = within(1e-12);
  private static final String NOTE = "If your mind wanders, come back gently to the count.";

  /** Box breathing, 4 s each part: four breaths (a minute, rounded to whole breaths), notes at 0:00 and 0:32. */
  private static Schedule box() {
    Plan plan = new Plan(
        "box",
        "Box breathing",
        "Equal parts.",
        Duration.ofMinutes(1),
        List.of(new Segment(
            new Pace.Fixed(new Pattern(4, 4, 4, 4)),
            Duration.ofMinutes(1),
            new Prompts("Breathe in through the nose", "Hold gently", "Slow breath out", "Rest"))),
        List.of(new Note(Duration.ZERO, "Sit tall."), new Note(Duration.ofSeconds(32), NOTE)),
        "test");
    return Schedule.of(plan, SessionOptions.PLAN_AS_WRITTEN);
  }

  private final Schedule schedule = box();
  private final VirtualTime clock = VirtualTime.exact(0);
  private final Pacer pacer = started();

  private Pacer started() {
    Pacer p = new Pacer(schedule, clock);
    p.start();
    return p;
  }

  private Pacer.Position at(double seconds) {
    clock.set(Math.round(seconds * SECOND));
    return pacer.position();
  }

  private static String text(List<AttributedString> rows) {
    return rows.stream().map(AttributedString::toString).collect(Collectors.joining());
  }

  private static void assertFits(List<AttributedString> rows, int cols, int lines) {
    assertThat(rows).hasSizeLessThan(lines);
    for (AttributedString row : rows) {
      assertThat(row.toString()).endsWith("\n");
      assertThat(row.columnLength()).as("columns of %s", row).isLessThan(cols);
    }
  }

  @Test
  void showsEverythingOnAnEightyColumnScreen() {
    SessionScreen screen = new SessionScreen(schedule, true, true);
    List<AttributedString> rows = screen.render(at(1), false, 80, 24);

    assertFits(rows, 80, 24);
    assertThat(text(rows))
        .contains("Box breathing", "inhale  3", "Breathe in through the nose", "Sit tall.")
        .contains("breath 1 of 4", "1:03 left", "space pause   q stop")
        .containsPattern("[\u2801-\u28ff]");
  }

  @Test
  void wrapsAndFitsFortyColumns() {
    SessionScreen screen = new SessionScreen(schedule, true, true);
    List<AttributedString> rows = screen.render(at(33), false, 40, 20);

    assertFits(rows, 40, 20);
    String text = text(rows);
    assertThat(text).contains("Box breathing", "inhale  3", "breath 3 of 4", "0:31 left");
    assertThat(text.replaceAll("\\s+", " ")).contains(NOTE);
    assertThat(text).containsPattern("[\u2801-\u28ff]");
  }

  @Test
  void staysWithinATinyScreen() {
    SessionScreen screen = new SessionScreen(schedule, false, true);
    assertFits(screen.render(at(1), false, 20, 6), 20, 6);
  }

  @Test
  void keepsANoteInSightForSomeSecondsThenLetsItGo() {
    SessionScreen screen = new SessionScreen(schedule, false, true);
    assertThat(text(screen.render(at(0.5), false, 80, 24))).contains("Sit tall.");
    double shown = SessionScreen.NOTE_NANOS / 1e9;
    assertThat(text(screen.render(at(shown - 0.5), false, 80, 24))).contains("Sit tall.");
    assertThat(text(screen.render(at(shown + 0.5), false, 80, 24))).doesNotContain("Sit tall.");
  }

  @Test
  void easesTheBreathInAndOutAndRestsOnTheHolds() {
    assertThat(BreathFigure.level(PhaseKind.INHALE, 0)).isZero();
    assertThat(BreathFigure.level(PhaseKind.INHALE, 0.5)).isCloseTo(0.5, CLOSE);
    assertThat(BreathFigure.level(PhaseKind.INHALE, 0.25)).isCloseTo((1 - Math.sqrt(0.5)) / 2, CLOSE);
    assertThat(BreathFigure.level(PhaseKind.INHALE, 1)).isEqualTo(1);
    assertThat(BreathFigure.level(PhaseKind.HOLD_IN, 0.3)).isEqualTo(1);
    double in = BreathFigure.level(PhaseKind.INHALE, 0.25);
    assertThat(BreathFigure.level(PhaseKind.EXHALE, 0.25)).isCloseTo(1 - in, CLOSE);
    assertThat(BreathFigure.level(PhaseKind.HOLD_OUT, 0.7)).isZero();
  }

  @Test
  void fillsTheFigureAsTheEasedLevelRises() {
    SessionScreen screen = new SessionScreen(schedule, false, true);
    int previous = -1;
    int early = 0;
    int middle = 0;
    for (int i = 0; i <= 40; i++) {
      double fraction = i / 40.0;
      int dots = dots(screen.render(at(4 * fraction), false, 80, 24));
      assertThat(dots).as("dots at %s of the in-breath", fraction).isGreaterThanOrEqualTo(previous);
      if (i == 4) {
        early = dots - dots(screen.render(at(0), false, 80, 24));
      }
      if (i == 22) {
        middle = dots - dots(screen.render(at(4 * 18 / 40.0), false, 80, 24));
      }
      previous = dots;
    }
    assertThat(middle).as("eased: the middle of the breath moves faster than its start").isGreaterThan(early);
    assertThat(dots(screen.render(at(6), false, 80, 24))).as("the hold after it: full").isEqualTo(previous);
  }

  @Test
  void emptiesOnTheOutBreathAsItFilledOnTheInBreath() {
    SessionScreen screen = new SessionScreen(schedule, false, true);
    // away from the exact half, where in and out may round a half step apart
    for (double f : new double[] {0.03, 0.1, 0.2, 0.3, 0.41, 0.6, 0.7, 0.8, 0.9, 0.97}) {
      int in = dots(screen.render(at(4 * f), false, 80, 24));
      int out = dots(screen.render(at(8 + 4 * (1 - f)), false, 80, 24));
      assertThat(out).as("out-breath at %s mirrors the in-breath", 1 - f).isEqualTo(in);
    }
    int empty = dots(screen.render(at(0), false, 80, 24));
    assertThat(dots(screen.render(at(13), false, 80, 24))).as("the hold after it: empty").isEqualTo(empty);
  }

  /** Lit braille dots in the frame: the ring's stay the same, so more dots means a fuller vessel. */
  private static int dots(List<AttributedString> rows) {
    return text(rows).chars()
        .filter(c -> c >= 0x2800 && c <= 0x28ff)
        .map(c -> Integer.bitCount(c - 0x2800))
        .sum();
  }

  @Test
  void holdsStillAndSaysPausedWhilePaused() {
    SessionScreen screen = new SessionScreen(schedule, true, true);
    at(1.5);
    pacer.pause();
    List<AttributedString> paused = screen.render(pacer.position(), true, 80, 24);
    clock.set(clock.nanoTime() + 7 * SECOND);
    List<AttributedString> later = screen.render(pacer.position(), true, 80, 24);

    assertThat(text(paused)).contains("paused", "space resume   q stop").doesNotContain("inhale");
    assertThat(later).isEqualTo(paused);
    assertThat(screen.nextChange(pacer.position(), true, 80, 24)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void usesNoColourOrAttributesWithoutColour() {
    SessionScreen screen = new SessionScreen(schedule, false, true);
    for (double t : new double[] {0.5, 2, 5, 9, 13, 33}) {
      for (AttributedString row : screen.render(at(t), false, 80, 24)) {
        assertThat(row.toAnsi()).doesNotContain("\u001b");
        for (int i = 0; i < row.length(); i++) {
          assertThat(row.styleAt(i)).isEqualTo(AttributedStyle.DEFAULT);
        }
      }
    }
  }

  @Test
  void usesCalmColoursWithColour() {
    SessionScreen screen = new SessionScreen(schedule, true, true);
    String ansi = screen.render(at(1), false, 80, 24).stream()
        .map(AttributedString::toAnsi)
        .collect(Collectors.joining());
    assertThat(ansi).contains("\u001b[");
  }

  @Test
  void drawsInPlainAsciiWhenTheTerminalCannotShowBraille() {
    SessionScreen screen = new SessionScreen(schedule, false, false);
    String text = text(screen.render(at(6), false, 40, 20));
    assertThat(text).matches("[\\x20-\\x7e\\n]*").contains("#", "hold  2");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  @DisplayName("looks the same until the moment it says it changes (give or take a microsecond), and different then")
  void changesExactlyWhenItSays(long seed) {
    Random random = new Random(seed);
    int cols = 40 + random.nextInt(60);
    int lines = 12 + random.nextInt(30);
    SessionScreen screen = new SessionScreen(schedule, random.nextBoolean(), true);
    for (int i = 0; i < 50; i++) {
      long t = (long) (random.nextDouble() * (schedule.totalNanos() - SECOND));
      clock.set(t);
      List<AttributedString> now = screen.render(pacer.position(), false, cols, lines);
      long change = screen.nextChange(pacer.position(), false, cols, lines);
      assertThat(change).isGreaterThan(t);
      if (change >= schedule.totalNanos()) {
        continue;
      }
      clock.set(Math.max(t, change - SessionScreen.CHANGE_SLACK_NANOS - 1));
      assertThat(screen.render(pacer.position(), false, cols, lines)).as("just before %s", change).isEqualTo(now);
      clock.set(change);
      assertThat(screen.render(pacer.position(), false, cols, lines)).as("at %s", change).isNotEqualTo(now);
    }
  }
}
