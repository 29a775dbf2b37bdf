package dev.steady.term;

import dev.steady.breath.PhaseKind;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The breath as a round vessel that fills on the in-breath, rests on the holds and empties on the
 * out-breath. Drawn in braille dots (2 by 4 to a cell) so the surface rises in small, smooth steps; a figure
 * of {@code rows} rows is twice as many columns wide, which looks round in a terminal's tall cells. Each
 * step changes only the row the surface is in, so a redraw by difference sends very little.
 */
final class BreathFigure {
  /** Braille dot bits by position in the cell: [column][row]. */
  private static final int[][] DOT = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};

  private final Palette palette;
  private final boolean unicode;

  /** @param unicode false for terminals that cannot show braille: the vessel is then drawn in ASCII */
  BreathFigure(Palette palette, boolean unicode) {
    this.palette = palette;
    this.unicode = unicode;
  }

  /**
   * How full the breath is at {@code fraction} of a phase, from 0 to 1. The cosine ease starts and ends each
   * movement softly, as a breath does.
   */
  static double level(PhaseKind kind, double fraction) {
    double eased = (1 - Math.cos(Math.PI * fraction)) / 2;
    return switch (kind) {
      case INHALE -> eased;
      case HOLD_IN -> 1;
      case EXHALE -> 1 - eased;
      case HOLD_OUT -> 0;
    };
  }

  /**
   * How far the vessel is filled at {@code level}, in steps of two rows of dots (half a text row) from the
   * bottom: the figure only changes when this does. Finer steps would look no calmer but cost twice the
   * redraws.
   */
  static int step(double level, int rows) {
    return (int) Math.round(steps(rows) * Math.max(0, Math.min(1, level)));
  }

  /**
   * The fraction of a phase at which the figure moves on from {@code step}, or 1 when it rests until the
   * phase ends: the inverse of the eased level at the next half step.
   */
  static double nextMove(PhaseKind kind, int step, int rows) {
    double steps = steps(rows);
    double eased = switch (kind) {
      case INHALE -> (step + 0.5) / steps;
      case EXHALE -> 1 - (step - 0.5) / steps;
      case HOLD_IN, HOLD_OUT -> 1;
    };
    return eased >= 1 ? 1 : Math.acos(1 - 2 * Math.max(0, eased)) / Math.PI;
  }

  /** The steps from empty to full: the rows of dots inside the ring, two to a step. */
  static int steps(int rows) {
    return (int) Math.ceil(inside(rows) - 0.5);
  }

  /** The radius of the vessel's inside, in dots. */
  private static double inside(int rows) {
    return rows * 2.0 - 1;
  }

  /** The figure {@code rows} rows tall filled to {@code step}, each row after {@code indent} spaces. */
  List<AttributedString> lines(int step, int rows, int indent) {
    double centre = rows * 2.0;
    double inside = inside(rows);
    double ring = (inside + 1) * (inside + 1);
    double surface = centre + steps(rows) - 2 * step;

    List<AttributedString> lines = new ArrayList<>(rows);
    char[] cells = new char[rows * 2];
    boolean[] filled = new boolean[rows * 2];
    for (int row = 0; row < rows; row++) {
      for (int col = 0; col < rows * 2; col++) {
        int water = 0;
        int wall = 0;
        for (int dx = 0; dx < 2; dx++) {
          for (int dy = 0; dy < 4; dy++) {
            double x = col * 2 + dx + 0.5 - centre;
            double y = row * 4 + dy + 0.5;
            double d = x * x + (y - centre) * (y - centre);
            if (d < inside * inside) {
              water |= y > surface ? DOT[dx][dy] : 0;
            } else if (d <= ring) {
              wall |= DOT[dx][dy];
            }
          }
        }
        cells[col] = cell(water, wall);
        filled[col] = water != 0;
      }
      lines.add(row(cells, filled, indent));
    }
    return lines;
  }

  private char cell(int water, int wall) {
    if (water == 0 && wall == 0) {
      return ' ';
    }
    if (unicode) {
      return (char) (0x2800 | water | wall);
    }
    if (water != 0) {
      return Integer.bitCount(water) >= 4 ? '#' : '_';
    }
    return '.';
  }

  /** One row as runs of a style each: filled cells in the breath's colour, the rest in the ring's. */
  private AttributedString row(char[] cells, boolean[] lit, int indent) {
    AttributedStringBuilder line = new AttributedStringBuilder(indent + cells.length + 1);
    line.append(" ".repeat(indent));
    int start = 0;
    for (int i = 1; i <= cells.length; i++) {
      if (i == cells.length || lit[i] != lit[start]) {
        line.append(new String(cells, start, i - start), lit[start] ? palette.figure() : palette.outline());
        start = i;
      }
    }
    return line.append('\n').toAttributedString();
  }
}
