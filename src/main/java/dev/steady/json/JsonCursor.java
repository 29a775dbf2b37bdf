package dev.steady.json;

import dev.steady.failure.Failure;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * steady's one JSON parser: a cursor over the bytes of one document, for a reader that maps each value as it
 * passes it (the log's reader, and {@link Json} for config and plans). It checks the syntax as it goes, to the
 * letter of RFC 8259, decodes strings as strict UTF-8, and works out a line and column only when there is
 * something to report. It is held to accept exactly what jackson-core accepts by unit tests and a
 * differential fuzz run in every build ({@code JsonCursorFuzzTest}); it is hand-written because a cold start
 * reads a ten-year log faster through it than through jackson-core's tokens (README, "Measured").
 *
 * <p>The reader walks a container by {@link #enter()} and then {@link #nextName} or {@link #nextElement} until
 * they return false; between them it reads or {@link #skipValue() skips} each value whole.
 */
public final class JsonCursor {
  /** How deep objects and lists may nest in any file steady reads. */
  public static final int MAX_DEPTH = 64;
  /** The most digits a number may have, as jackson-core's default limit. */
  public static final int MAX_NUMBER_LENGTH = 1000;

  private final byte[] b;
  private final String source;
  private int at;
  private int valueStart;
  private boolean opened;
  private boolean plain;
  private int depth;

  public JsonCursor(byte[] bytes, String source) {
    this.b = bytes;
    this.source = source;
    if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      at = 3; // a byte-order mark, as some editors write
    }
  }

  public byte[] bytes() {
    return b;
  }

  /** The index of the next byte to read. */
  public int position() {
    return at;
  }

  /** Moves past a value the reader has read from {@link #bytes()} itself, ending at {@code end}. */
  public void moveTo(int end) {
    at = end;
  }

  /**
   * Goes back into a document read before, at {@code offset} inside {@code depth} open containers, just after a
   * member (so a comma or the closing bracket comes next) or at the start of a member's value: for a reader that
   * knows these bytes are unchanged since it read them and reads only what follows.
   */
  public void resume(int offset, int depth) {
    at = offset;
    valueStart = offset;
    this.depth = depth;
    opened = false;
  }

  /** Where the current value begins, to name it in a message about the whole of it. */
  public int valueStart() {
    return valueStart;
  }

  /** Moves to the document's first value; false when there is none, only space. */
  public boolean start() {
    skipSpace();
    valueStart = at;
    return at < b.length;
  }

  /** Checks that nothing but space follows the document. */
  public void end() {
    skipSpace();
    if (at < b.length) {
      throw syntax(at, "expected the end of the document, found " + found(at));
    }
  }

  /** Whether the current value begins with {@code c}: '{' an object, '[' a list, '"' a string. */
  public boolean startsWith(char c) {
    return at < b.length && b[at] == c;
  }

  public boolean startsNumber() {
    return at < b.length && (b[at] == '-' || (b[at] >= '0' && b[at] <= '9'));
  }

  /** Enters the object or list that is the current value (the reader has seen its bracket). */
  public void enter() {
    if (++depth > MAX_DEPTH) {
      throw syntax(at, "nested deeper than " + MAX_DEPTH + " objects and lists");
    }
    at++;
    opened = true;
  }

  /**
   * Moves to the next field's value and returns its name, as one of {@code known} when it is one of them so
   * that reading a field allocates nothing; null at the end of the object.
   */
  public String nextName(Known known) {
    if (!next('}', "a field name in double quotes")) {
      return null;
    }
    if (at >= b.length || b[at] != '"') {
      throw syntax(at, "expected a field name in double quotes, found " + found(at));
    }
    int close = stringEnd();
    String name = plain ? known.find(b, at + 1, close) : null;
    if (name == null) {
      name = string(close);
    }
    at = close + 1;
    skipSpace();
    if (at >= b.length || b[at] != ':') {
      throw syntax(at, "expected ':' after the field name, found " + found(at));
    }
    at++;
    skipSpace();
    valueStart = at;
    return name;
  }

  /** Moves to the next element of the list; false at its end. */
  public boolean nextElement() {
    if (!next(']', "a value")) {
      return false;
    }
    valueStart = at;
    return true;
  }

  /** Past the comma before the next member, or past the bracket that closes the container (then false). */
  private boolean next(char close, String member) {
    skipSpace();
    if (at < b.length && b[at] == close) {
      at++;
      depth--;
      opened = false;
      return false;
    }
    if (!opened) {
      if (at >= b.length || b[at] != ',') {
        throw syntax(at, "expected ',' or '" + close + "', found " + found(at));
      }
      at++;
      skipSpace();
    }
    opened = false;
    if (at >= b.length || b[at] == close) {
      throw syntax(at, "expected " + member + ", found " + found(at));
    }
    return true;
  }

  private void skipSpace() {
    byte[] b = this.b; // in a local the client compiler keeps it in a register through the loop
    int i = at;
    while (i < b.length) {
      byte c = b[i];
      if (c > ' ' || (c != ' ' && c != '\n' && c != '\r' && c != '\t')) {
        break;
      }
      i++;
    }
    at = i;
  }

  /** Passes over the current value, whatever it is, checking its syntax. */
  public void skipValue() {
    if (at >= b.length) {
      throw syntax(at, "expected a value, found the end of the file");
    }
    switch (b[at]) {
      case '{' -> {
        enter();
        while (nextName(Known.NONE) != null) {
          skipValue();
        }
      }
      case '[' -> {
        enter();
        while (nextElement()) {
          skipValue();
        }
      }
      case '"' -> {
        int close = stringEnd();
        string(close);
        at = close + 1;
      }
      case 't', 'f', 'n' -> {
        if (!literal("true") && !literal("false") && !literal("null")) {
          throw syntax(at, "expected a value, found " + found(at));
        }
      }
      default -> {
        if (!startsNumber()) {
          throw syntax(at, "expected a value, found " + found(at));
        }
        at = numberEnd();
      }
    }
  }

  /** Passes over {@code word} (true, false or null) when it is the current value. */
  public boolean literal(String word) {
    int n = word.length();
    if (at + n > b.length) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (b[at + i] != word.charAt(i)) {
        return false;
      }
    }
    if (at + n < b.length && isWordByte(b[at + n])) {
      throw syntax(at, "expected a value, found " + found(at));
    }
    at += n;
    return true;
  }

  private static boolean isWordByte(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c < 0;
  }

  /**
   * The end of the number that is the current value: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?},
   * of at most {@value #MAX_NUMBER_LENGTH} digits.
   */
  public int numberEnd() {
    int i = at < b.length && b[at] == '-' ? at + 1 : at;
    int signs = i - at;
    if (i < b.length && b[i] == '0') {
      i++;
      if (i < b.length && b[i] >= '0' && b[i] <= '9') {
        throw syntax(i, "a number may not begin with 0");
      }
    } else {
      i = digits(i, "a digit");
    }
    if (i < b.length && b[i] == '.') {
      signs++;
      i = digits(i + 1, "a digit after the decimal point");
    }
    if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
      signs++;
      i++;
      if (i < b.length && (b[i] == '+' || b[i] == '-')) {
        signs++;
        i++;
      }
      i = digits(i, "a digit in the exponent");
    }
    if (i < b.length && (isWordByte(b[i]) || b[i] == '.')) {
      throw syntax(i, "expected the end of the number, found " + found(i));
    }
    if (i - at - signs > MAX_NUMBER_LENGTH) {
      throw syntax(at, "a number of more than " + MAX_NUMBER_LENGTH + " digits");
    }
    return i;
  }

  /** Whether the current number, which ends at {@code end}, is whole (no fraction or exponent) and fits a long. */
  public boolean isWhole(int end) {
    return NumberText.isWhole(b, at, end);
  }

  /** Reads the current number, which ends at {@code end} and {@link #isWhole}. */
  public long whole(int end) {
    long v = NumberText.whole(b, at, end);
    at = end;
    return v;
  }

  /** Reads the current number, which ends at {@code end}, as the nearest double (infinite when it is too large). */
  public double decimal(int end) {
    double v = NumberText.decimal(b, at, end);
    at = end;
    return v;
  }

  /** The current number's text, which ends at {@code end}, for a message. */
  public String numberText(int end) {
    return NumberText.text(b, at, end);
  }

  private int digits(int start, String expected) {
    int i = start;
    while (i < b.length && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    if (i == start) {
      throw syntax(i, "expected " + expected + ", found " + found(i));
    }
    return i;
  }

  /**
   * The index of the quote that ends the string that is the current value; notes whether it is {@link
   * #plain()}.
   */
  public int stringEnd() {
    byte[] b = this.b; // see skipSpace
    boolean ascii = true;
    int i = at + 1;
    while (i < b.length) {
      byte c = b[i];
      if (c == '"') {
        plain = ascii;
        return i;
      }
      if (c == '\\') {
        ascii = false;
        i++;
      } else if (c < 0x20) {
        if (c >= 0) {
          throw syntax(i, "a control character in a string must be escaped");
        }
        ascii = false;
      }
      i++;
    }
    throw syntax(at, "a string with no closing quote");
  }

  /**
   * Whether the string {@link #stringEnd()} last found is ASCII with no escapes: text that needs no decoding,
   * whose bytes are its characters.
   */
  public boolean plain() {
    return plain;
  }

  /** Reads the string that is the current value. */
  public String text() {
    int close = stringEnd();
    String text = string(close);
    at = close + 1;
    return text;
  }

  /** The text of the current string, which ends at {@code close}, with UTF-8 and escapes decoded. */
  public String string(int close) {
    int start = at + 1;
    return plain
        ? new String(b, start, close - start, StandardCharsets.ISO_8859_1)
        : unescape(start, utf8(start, close));
  }

  private String utf8(int start, int end) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, start, end - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw syntax(start, "the text is not valid UTF-8");
    }
  }

  /** The text with its escapes undone; {@code start} is where it begins in the bytes, for messages. */
  private String unescape(int start, String raw) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder text = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char e = raw.charAt(++i);
      switch (e) {
        case '"', '\\', '/' -> text.append(e);
        case 'b' -> text.append('\b');
        case 'f' -> text.append('\f');
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case 'u' -> {
          text.append(hex(start, raw, i + 1));
          i += 4;
        }
        default -> throw syntax(start, "a backslash before " + character(e) + " in a string, which is no escape");
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        // Valid JSON, but not text: it has no UTF-8 form, so it could not be written back as it was read.
        throw Failure.invalidData(
            source + ":" + where(start - 1) + ": a string holds half a surrogate pair, \\u" + Integer.toHexString(c));
      }
    }
    return text.toString();
  }

  private char hex(int start, String raw, int from) {
    if (from + 4 > raw.length()) {
      throw syntax(start, "expected four hex digits after \\u in a string");
    }
    int v = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(raw.charAt(i), 16);
      if (digit < 0 || raw.charAt(i) > 'f') {
        throw syntax(start, "expected four hex digits after \\u in a string");
      }
      v = v * 16 + digit;
    }
    return (char) v;
  }

  private static String character(char c) {
    return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
  }

  /** What is at {@code i}, for a syntax message. */
  private String found(int i) {
    if (i >= b.length) {
      return "the end of the file";
    }
    int c = b[i] & 0xff;
    return c >= 0x20 && c < 0x7f ? "'" + (char) c + "'" : String.format("byte 0x%02x", c);
  }

  /** The name of the file the document came from, for messages. */
  public String source() {
    return source;
  }

  /** A syntax error at byte {@code offset}: {@code file:line:column: invalid JSON: message}, exit 65. */
  public Failure syntax(int offset, String message) {
    return Failure.invalidData(source + ":" + where(offset) + ": invalid JSON: " + message);
  }

  /** The line and column of a byte, counting characters rather than bytes, as editors do. */
  public String where(int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, b.length);
    for (int i = 0; i < end; i++) {
      if (b[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < end; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return line + ":" + column;
  }
}
