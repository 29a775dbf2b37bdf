package dev.steady.cli;

import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.term.TerminalText;
import dev.steady.time.DurationText;
import dev.steady.time.TimeText;
import java.time.Duration;

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
    return TerminalText.escape((amount(e.amount()) + " " + note).strip());
  }

  /** The amount alone; empty for a count of one, which the habit's name already says. */
  static String amount(Amount a) {
    return a.match(WORDS);
  }

  private static final Amount.Cases<String, RuntimeException> WORDS =
      new Amount.Cases<>() {
        @Override
        public String time(Amount.Time t) {
          return DurationText.format(t.length());
        }

        @Override
        public String count(Amount.Count c) {
          return c.count() == 1 ? "" : Long.toString(c.count());
        }

        @Override
        public String items(Amount.Items i) {
          return String.join(", ", i.items());
        }

        @Override
        public String night(Amount.Night n) {
          return TimeText.format(n.bed()) + " to " + TimeText.format(n.wake());
        }

        @Override
        public String rest(Amount.Rest r) {
          return "(rest day)";
        }

        @Override
        public String session(Amount.Session s) {
          Duration breathing = Duration.ofMillis(Math.round(s.seconds() * 1000));
          return s.plan() + " " + DurationText.format(breathing) + (s.completed() ? "" : " (stopped)");
        }

        @Override
        public String programme(Amount.Programme p) {
          return p.firstDay() == null ? "stop" : "start, day 1 " + p.firstDay();
        }
      };
}
