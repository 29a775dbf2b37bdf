package dev.steady.cli;

/**
 * Text from a file (a habit's name, a path) as it may reach a terminal: control characters shown escaped, as
 * JSON writes them, so that no file can move the cursor or change colours.
 */
final class Quoted {
  private Quoted() {}

  /** The text in double quotes, escaped. */
  static String of(String text) {
    return "\"" + text(text).replace("\"", "\\\"") + "\"";
  }

  /** The text escaped, without quotes. */
  static String text(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
