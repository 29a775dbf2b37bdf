package dev.steady.term;

/**
 * Turns the characters typed during a session into what they ask for. Esc arrives as the same byte that
 * starts the arrow keys' escape sequences, so a lone Esc counts only once {@link #ESC_NANOS} pass without
 * the rest of a sequence; until then {@link #deadline()} tells the session loop when to look again.
 */
final class Keys {
  /** HANG_UP: the terminal's input ended or failed, so the terminal is gone (a hang-up, not a key). */
  enum Action { NONE, PAUSE_OR_RESUME, STOP, HANG_UP }

  static final long ESC_NANOS = 50_000_000L;
  private static final int ESC = 27;

  private long escAt = -1;
  private boolean inSequence;

  /** What the character {@code c}, typed at {@code now}, asks for. */
  Action typed(int c, long now) {
    if (escAt >= 0) {
      escAt = -1;
      inSequence = c == '[' || c == 'O';
      return inSequence ? Action.NONE : typed(c, now);
    }
    if (inSequence) {
      // Parameters and intermediates (0x20-0x3F) continue a sequence; anything else ends it.
      inSequence = c >= 0x20 && c <= 0x3F;
      return Action.NONE;
    }
    return switch (c) {
      case ' ', 'p', 'P' -> Action.PAUSE_OR_RESUME;
      case 'q', 'Q' -> Action.STOP;
      case ESC -> {
        escAt = now;
        yield Action.NONE;
      }
      default -> Action.NONE;
    };
  }

  /** STOP once a lone Esc has waited long enough to be sure no sequence follows. */
  Action idle(long now) {
    if (escAt >= 0 && now - escAt >= ESC_NANOS) {
      escAt = -1;
      return Action.STOP;
    }
    return Action.NONE;
  }

  /** When {@link #idle} may next have something to say, or {@link Long#MAX_VALUE}. */
  long deadline() {
    return escAt >= 0 ? escAt + ESC_NANOS : Long.MAX_VALUE;
  }
}
