package dev.steady.json;

import dev.steady.term.TerminalText;

/**
 * Text from a file quoted in a message as JSON would write it, control characters escaped as
 * {@link TerminalText} shows them and cut short, so
 * that a message stays one readable line and carries nothing a terminal would act on.
 */
public final class Quoted {
  private static final int LONGEST = 60;

  private Quoted() {}

  public static String json(String text) {
    StringBuilder q = new StringBuilder("\"");
    text.codePoints().limit(LONGEST).forEach(c -> q.append(escaped(c)));
    boolean cut = text.codePointCount(0, text.length()) > LONGEST;
    return q.append(cut ? "…\"" : "\"").toString();
  }

  /** A field's name for a path: as it is when it is a plain word, quoted when it is not. */
  public static String fieldName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return json(name);
      }
    }
    return name.isEmpty() ? json(name) : name;
  }

  private static String escaped(int c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      // one rule for what a terminal could act on, and one way of showing it, with every other message
      default -> c <= 0xffff && TerminalText.control((char) c, false)
          ? TerminalText.escape(Character.toString(c))
          : Character.toString(c);
    };
  }
}
