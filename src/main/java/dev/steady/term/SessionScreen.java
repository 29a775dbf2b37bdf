package dev.steady.term;

import dev.steady.breath.Pacer;
import dev.steady.breath.Phase;
import dev.steady.breath.Schedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * One frame of the animated session as rows of text, from the pacer's position alone: the plan's title, the
 * breath figure, the phase word with its countdown, the prompt, a coaching note while it is fresh, the breath
 * count with the time left, and the keys. Knows nothing of terminals, so every frame can be checked in tests.
 *
 * <p>Frames are asked for many times a second but change far less often; a frame that would look the same as
 * the last one is returned as the very same list, and the parts that seldom change are kept once made.
 */
final class SessionScreen {
  /** How long a coaching note stays on screen after its phase starts. */
  static final long NOTE_NANOS = Duration.ofSeconds(12).toNanos();

  /** How late {@link #nextChange} may name a step of the figure, so that rounding cannot land just short of it. */
  static final long CHANGE_SLACK_NANOS = 1_000;

  private static final long SECOND = 1_000_000_000L;

  private static final int MAX_FIGURE_ROWS = 12;
  private static final int MIN_FIGURE_ROWS = 3;

  private final Schedule schedule;
  private final Palette palette;
  private final BreathFigure figure;
  private final String ellipsis;

  private Layout layout;
  private final Map<String, List<AttributedString>> prompts = new HashMap<>();
  private final Map<String, List<AttributedString>> notes = new HashMap<>();
  /** The figure at each step for the current layout, made when first shown: a session has only a few dozen. */
  private final List<List<AttributedString>> figures = new ArrayList<>();
  private Look shown;
  private List<AttributedString> shownRows;

  SessionScreen(Schedule schedule, boolean colour, boolean unicode) {
    this.schedule = schedule;
    this.palette = Palette.of(colour);
    this.figure = new BreathFigure(palette, unicode);
    this.ellipsis = unicode ? "…" : "...";
  }

  /**
   * Everything that shows on screen; two frames with equal looks are equal. It is compared on every frame
   * from the first on, so equality is written out: a record's generated one goes through method handles,
   * which run slowly until the JIT has compiled them, and a session's frame loop is barely warm.
   */
  private record Look(
      int cols, int rows, boolean paused, int phase, long count, long secondsLeft, String note, int step) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Look l
          && cols == l.cols
          && rows == l.rows
          && paused == l.paused
          && phase == l.phase
          && count == l.count
          && secondsLeft == l.secondsLeft
          && step == l.step
          && Objects.equals(note, l.note);
    }

    @Override
    public int hashCode() {
      return Objects.hash(cols, rows, paused, phase, count, secondsLeft, note, step);
    }
  }

  /**
   * Where things go on a screen of one size. Rows are kept for the longest prompt and note at this width, so
   * the layout does not jump from phase to phase.
   */
  private record Layout(
      int width,
      int height,
      AttributedString title,
      int promptRows,
      int noteRows,
      boolean gaps,
      int figureRows,
      int topPadding) {}

  /** The rows to show on a {@code cols} by {@code rows} screen, each ending in a newline. */
  List<AttributedString> render(Pacer.Position at, boolean paused, int cols, int rows) {
    // The last column and row stay empty, so no row wraps and nothing scrolls.
    Layout l = layout(Math.max(1, cols - 1), Math.max(1, rows - 1));
    Phase phase = at.phase();
    int step = l.figureRows() > 0
        ? BreathFigure.step(BreathFigure.level(phase.kind(), at.fraction()), l.figureRows())
        : 0;
    long count = Math.max(1, seconds(at.leftInPhaseNanos()));
    long left = seconds(schedule.totalNanos() - at.elapsedNanos());
    Phase noted = notedAt(at);
    Look look = new Look(cols, rows, paused, phase.index(), count, left, noted == null ? null : noted.note(), step);
    if (look.equals(shown)) {
      return shownRows;
    }

    List<AttributedString> screen = new ArrayList<>(l.height());
    screen.addAll(Collections.nCopies(l.topPadding(), AttributedString.NEWLINE));
    screen.add(l.title());
    if (l.figureRows() > 0) {
      gap(screen, l);
      screen.addAll(figure(step, l));
      gap(screen, l);
    }
    screen.add(centred(phaseLine(phase, count, paused), l.width()));
    screen.addAll(block(prompts, phase.prompt(), l.promptRows(), AttributedStyle.DEFAULT));
    if (l.noteRows() > 0) {
      gap(screen, l);
      screen.addAll(block(notes, look.note(), l.noteRows(), palette.note()));
    }
    gap(screen, l);
    int breath = Math.min(schedule.breaths(), at.breathsDone() + 1);
    screen.add(centred(new AttributedString(status(breath, schedule.breaths(), left), palette.quiet()), l.width()));
    String keys = paused ? "space resume   q stop" : "space pause   q stop";
    screen.add(centred(new AttributedString(keys, palette.quiet()), l.width()));

    shown = look;
    shownRows = List.copyOf(screen.subList(0, Math.min(l.height(), screen.size())));
    return shownRows;
  }

  private Layout layout(int width, int height) {
    if (layout != null && layout.width() == width && layout.height() == height) {
      return layout;
    }
    if (layout == null || layout.width() != width) {
      prompts.clear();
      notes.clear();
    }
    int promptRows = 1;
    int noteRows = 0;
    for (Phase p : schedule.phases()) {
      promptRows = Math.max(promptRows, Math.min(2, wrap(p.prompt(), width, Integer.MAX_VALUE).size()));
      if (p.note() != null) {
        noteRows = Math.max(noteRows, Math.min(3, wrap(p.note(), width, Integer.MAX_VALUE).size()));
      }
    }
    // title, phase line, prompt, note, status and keys; blank rows between the parts only when the screen is
    // tall enough for them and a figure
    int textRows = 1 + 1 + promptRows + noteRows + 2;
    int gapRows = 2 + (noteRows > 0 ? 2 : 1);
    boolean gaps = height >= textRows + gapRows + MIN_FIGURE_ROWS;
    int room = height - textRows - (gaps ? gapRows : 0);
    int figureRows = Math.min(Math.min(MAX_FIGURE_ROWS, width / 2), room);
    if (figureRows < MIN_FIGURE_ROWS) {
      figureRows = 0;
    }
    int used = textRows + figureRows + (gaps ? gapRows - (figureRows > 0 ? 0 : 2) : 0);
    String title = wrap(schedule.title(), width, 1).get(0);
    AttributedString titleRow = centred(new AttributedString(title, palette.title()), width);
    layout = new Layout(
        width, height, titleRow, promptRows, noteRows, gaps, figureRows, Math.max(0, (height - used) / 2));
    figures.clear();
    figures.addAll(Collections.nCopies(BreathFigure.steps(figureRows) + 1, null));
    return layout;
  }

  private static void gap(List<AttributedString> screen, Layout l) {
    if (l.gaps()) {
      screen.add(AttributedString.NEWLINE);
    }
  }

  private List<AttributedString> figure(int step, Layout l) {
    List<AttributedString> rows = figures.get(step);
    if (rows == null) {
      rows = figure.lines(step, l.figureRows(), (l.width() - 2 * l.figureRows()) / 2);
      figures.set(step, rows);
    }
    return rows;
  }

  private AttributedString phaseLine(Phase phase, long count, boolean paused) {
    if (paused) {
      return new AttributedString("paused", palette.paused());
    }
    return new AttributedStringBuilder()
        .append(phase.kind().word(), palette.phase(phase.kind()))
        .append("  ")
        .append(Long.toString(count))
        .toAttributedString();
  }

  private static String status(int breath, int breaths, long secondsLeft) {
    return new StringBuilder(32)
        .append("breath ").append(breath).append(" of ").append(breaths)
        .append("   ").append(secondsLeft / 60).append(':').append(secondsLeft % 60 < 10 ? "0" : "")
        .append(secondsLeft % 60).append(" left")
        .toString();
  }

  /**
   * The moment (in elapsed session nanoseconds) at which the screen will next look different if nothing else
   * happens: the figure's next step (at most {@link #CHANGE_SLACK_NANOS} late), the next second of a
   * countdown, the end of a note or of the phase. Never while paused. A session loop that sleeps until then
   * draws every change and nothing else.
   */
  long nextChange(Pacer.Position at, boolean paused, int cols, int rows) {
    if (paused) {
      return Long.MAX_VALUE;
    }
    Layout l = layout(Math.max(1, cols - 1), Math.max(1, rows - 1));
    Phase phase = at.phase();
    long now = at.elapsedNanos();
    long next = Math.min(
        phase.endNanos() - (Math.max(1, seconds(at.leftInPhaseNanos())) - 1) * SECOND,
        schedule.totalNanos() - Math.max(0, seconds(schedule.totalNanos() - now) - 1) * SECOND);
    Phase noted = notedAt(at);
    if (noted != null) {
      next = Math.min(next, noted.startNanos() + NOTE_NANOS);
    }
    if (l.figureRows() > 0) {
      int step = BreathFigure.step(BreathFigure.level(phase.kind(), at.fraction()), l.figureRows());
      double move = BreathFigure.nextMove(phase.kind(), step, l.figureRows());
      next = Math.min(next, phase.startNanos() + (long) Math.ceil(move * phase.lengthNanos()) + CHANGE_SLACK_NANOS);
    }
    return Math.max(next, now + 1);
  }

  /** Whole seconds, rounded up, as a countdown shows them. */
  private static long seconds(long nanos) {
    return nanos <= 0 ? 0 : (nanos + SECOND - 1) / SECOND;
  }

  /** The phase whose coaching note is still showing (it started within {@link #NOTE_NANOS}), or null. */
  private Phase notedAt(Pacer.Position at) {
    long since = at.elapsedNanos() - NOTE_NANOS;
    List<Phase> phases = schedule.phases();
    for (int i = at.phase().index(); i >= 0 && phases.get(i).startNanos() > since; i--) {
      if (phases.get(i).note() != null) {
        return phases.get(i);
      }
    }
    return null;
  }

  /**
   * {@code text} centred and wrapped into exactly {@code rows} rows (blank ones below it; all blank for null),
   * made once per width.
   */
  private List<AttributedString> block(
      Map<String, List<AttributedString>> made, String text, int rows, AttributedStyle style) {
    if (text == null) {
      return Collections.nCopies(rows, AttributedString.NEWLINE);
    }
    return made.computeIfAbsent(text, t -> {
      List<AttributedString> lines = new ArrayList<>(rows);
      for (String line : wrap(t, layout.width(), rows)) {
        lines.add(centred(new AttributedString(line, style), layout.width()));
      }
      while (lines.size() < rows) {
        lines.add(AttributedString.NEWLINE);
      }
      return lines;
    });
  }

  /**
   * Word-wraps into at least one and at most {@code max} lines; what does not fit ends in an ellipsis. The
   * text comes from a plan file, so each word is shown with its control characters escaped.
   */
  private List<String> wrap(String text, int width, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String raw : text.strip().split("\\s+")) {
      String word = TerminalText.escape(raw);
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
      while (line.length() > width) {
        lines.add(line.substring(0, width));
        line.delete(0, width);
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    if (lines.size() <= max) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, max));
    String last = kept.get(max - 1);
    int room = Math.max(0, width - ellipsis.length());
    kept.set(max - 1, (last.length() > room ? last.substring(0, room) : last) + ellipsis);
    return kept;
  }

  private static AttributedString centred(AttributedString line, int width) {
    int pad = Math.max(0, (width - line.columnLength()) / 2);
    return new AttributedStringBuilder(pad + line.length() + 1)
        .append(" ".repeat(pad))
        .append(line)
        .append('\n')
        .toAttributedString();
  }
}
