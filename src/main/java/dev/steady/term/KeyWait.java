package dev.steady.term;

import dev.steady.breath.Pacer;
import java.io.IOException;
import java.io.InterruptedIOException;
import org.jline.utils.NonBlockingReader;

/** Waits for a session's next moment while listening to the keys of a terminal in raw mode. */
final class KeyWait {
  private final NonBlockingReader reader;
  private final Pacer pacer;
  private final Keys keys = new Keys();
  private boolean typed;

  KeyWait(NonBlockingReader reader, Pacer pacer) {
    this.reader = reader;
    this.pacer = pacer;
  }

  /** Whether a key was typed since the last call, whatever it asked for. */
  boolean anyKey() {
    boolean any = typed;
    typed = false;
    return any;
  }

  /** Waits until {@code wake} or a key, whichever comes first, and says what the key asks for. */
  Keys.Action until(long wake) {
    long end = Math.min(wake, keys.deadline());
    // rounded up: a key wait may end up to a millisecond past the wake-up, never early and round again
    long millis = (end - pacer.now() + 999_999) / 1_000_000;
    if (millis <= 0) {
      pacer.waitUntil(end);
      return keys.idle(pacer.now());
    }
    try {
      int c = reader.read(millis);
      if (c == NonBlockingReader.EOF) {
        // The terminal hung up: nobody is left to breathe with.
        return Keys.Action.HANG_UP;
      }
      if (c == NonBlockingReader.READ_EXPIRED) {
        return keys.idle(pacer.now());
      }
      typed = true;
      return keys.typed(c, pacer.now());
    } catch (InterruptedIOException e) {
      return Keys.Action.NONE;
    } catch (IOException e) {
      return Keys.Action.HANG_UP;
    }
  }
}
