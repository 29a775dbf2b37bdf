package dev.steady.json;

/**
 * Text from a file quoted in a message as JSON would write it, control characters escaped and cut short, so
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
      default -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
          ? String.format("\\u%04x", c)
          : Character.toString(c);
    };
  }
}
