package dev.steady.term;

import dev.steady.breath.StopRequest;
import java.io.IOException;
import java.io.PrintWriter;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Questions at a terminal in raw mode, so that nothing typed reaches the shell or the lines unasked: one key
 * (the animated screen: 1 to 9, and 0 for 10), or a short line ended by Enter (plain mode). Enter alone, q,
 * Esc and Ctrl-C give no answer.
 */
final class KeyQuestions implements Questions {
  private static final int ESC = 27;
  private static final int CTRL_C = 3;
  private static final long POLL_MILLIS = 200;

  private final Terminal terminal;
  private final StopRequest stop;
  private final boolean line;

  KeyQuestions(Terminal terminal, StopRequest stop, boolean line) {
    this.terminal = terminal;
    this.stop = stop;
    this.line = line;
  }

  @Override
  public Integer rating(String question, int max) {
    if (stop.bySignal()) {
      return null;
    }
    PrintWriter out = terminal.writer();
    Attributes saved = SystemTerminal.raw(terminal);
    try {
      out.print(question + (line ? " " : max >= 10 ? " (a key, 0 for 10) " : " (a key) "));
      out.flush();
      StringBuilder typed = new StringBuilder();
      // Ctrl-C (a signal, as ISIG stays on) means leave now; q or Esc during the session still lets it ask
      while (!stop.bySignal()) {
        int c = read();
        if (c == NonBlockingReader.READ_EXPIRED) {
          continue;
        }
        if (c < 0 || c == 'q' || c == 'Q' || c == ESC || c == CTRL_C) {
          break;
        }
        if (line) {
          if (c == '\r' || c == '\n') {
            Integer answer = Questions.parse(typed.toString(), max);
            if (answer != null || typed.length() == 0) {
              out.print("\r\n");
              out.flush();
              return answer;
            }
            out.print("\r\nPlease answer with a whole number from 1 to " + max + ", or Enter to skip. " + question + " ");
            typed.setLength(0);
          } else if ((c == 127 || c == 8) && typed.length() > 0) {
            typed.setLength(typed.length() - 1);
            out.print("\b \b");
          } else if (Character.isDigit(c) && typed.length() < 2) {
            typed.append((char) c);
            out.print((char) c);
          }
          out.flush();
          continue;
        }
        if (c == '\r' || c == '\n') {
          break;
        }
        int n = c == '0' && max >= 10 ? 10 : c - '0';
        if (n >= 1 && n <= max) {
          out.print(n + "\r\n");
          out.flush();
          return n;
        }
      }
      out.print("\r\n");
      out.flush();
      return null;
    } finally {
      terminal.setAttributes(saved);
    }
  }

  private int read() {
    try {
      return terminal.reader().read(POLL_MILLIS);
    } catch (IOException e) {
      return NonBlockingReader.EOF;
    }
  }
}
