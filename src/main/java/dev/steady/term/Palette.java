package dev.steady.term;

import dev.steady.breath.PhaseKind;
import org.jline.utils.AttributedStyle;

/** The session screen's styles: soft, low-contrast colours, or none at all for NO_COLOR and dumb terminals. */
record Palette(
    AttributedStyle title,
    AttributedStyle figure,
    AttributedStyle outline,
    AttributedStyle inhale,
    AttributedStyle hold,
    AttributedStyle exhale,
    AttributedStyle paused,
    AttributedStyle note,
    AttributedStyle quiet) {

  private static final AttributedStyle NONE = AttributedStyle.DEFAULT;

  static Palette of(boolean colour) {
    return colour ? calm() : new Palette(NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE);
  }

  /** xterm-256 colours: sea green for the breath, grey-blues around it, a warm sand for notes. */
  private static Palette calm() {
    return new Palette(
        NONE.foreground(152).bold(),
        NONE.foreground(79),
        NONE.foreground(239),
        NONE.foreground(79).bold(),
        NONE.foreground(146).bold(),
        NONE.foreground(110).bold(),
        NONE.foreground(180).bold(),
        NONE.foreground(180).italic(),
        NONE.foreground(245));
  }

  AttributedStyle phase(PhaseKind kind) {
    return switch (kind) {
      case INHALE -> inhale;
      case EXHALE -> exhale;
      case HOLD_IN, HOLD_OUT -> hold;
    };
  }
}
