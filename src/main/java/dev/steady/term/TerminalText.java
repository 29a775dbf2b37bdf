package dev.steady.term;

/**
 * Text from a person or a file, made safe to print on a terminal: every character a terminal could take for
 * a command is shown escaped instead. That is the C0 controls and DEL ({@code \e} would start an escape
 * sequence, {@code \a} rings, {@code \r} and {@code \b} overwrite what is shown), the C1 controls (U+009B is a
 * one-character CSI to many terminals), and the bidirectional overrides and isolates, which reorder what
 * follows them on screen (a note could show one thing and say another). Tabs and line breaks are escaped as
 * well, so one entry stays one line. Backslashes are left alone: the text is for reading, not for parsing.
 */
public final class TerminalText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalText() {}

  /** The text with every control character escaped: {@code \t}, {@code \n}, {@code \r}, {@code \x1b}, {@code \u202e}. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /**
   * The same, keeping tabs and line breaks as they are, for a format that quotes them itself (a CSV cell).
   */
  public static String escapeKeepingLines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    if (text == null) {
      return null;
    }
    int i = 0;
    while (i < text.length() && !control(text.charAt(i), keepLines)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!control(c, keepLines)) {
        out.append(c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x100) {
        out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      } else {
        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  /** Whether a terminal could act on {@code c} rather than show it. */
  public static boolean control(char c, boolean keepLines) {
    if (c < 0x20) {
      return !(keepLines && (c == '\t' || c == '\n' || c == '\r'));
    }
    return (c >= 0x7f && c <= 0x9f) // DEL and the C1 controls
        || (c >= 0x202a && c <= 0x202e) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // isolates
        || c == 0x2028 || c == 0x2029; // line and paragraph separators
  }
}
