package dev.steady.cli;

import dev.steady.habit.Entry;
import dev.steady.term.TerminalText;

/**
 * An entry in words, as the log, undo and history commands print it: {@code move 25m "in the park"}. Notes,
 * items and plan names come from a person or a file, so what is returned has its control characters escaped.
 */
final class EntryText {
  private EntryText() {}

  static String describe(Entry e) {
    String details = details(e);
    return details.isEmpty() ? TerminalText.escape(e.habit()) : TerminalText.escape(e.habit()) + " " + details;
  }

  /** The amount and the note, without the habit. */
  static String details(Entry e) {
    String note = e.note() == null ? "" : "\"" + e.note() + "\"";
    return TerminalText.escape((e.amount().words() + " " + note).strip());
  }
}
