package dev.steady.json;

import java.nio.charset.StandardCharsets;

/**
 * JSON text exactly as {@link JsonOut#to}'s jackson generator writes it (two-space indentation, {@code "name":
 * value}, an empty array as {@code [ ]}, the same escapes), written by hand: on a cold start jackson's generator
 * costs some 40 ms for a one-year log, most of a {@code log} command's write. A test holds the two to the same
 * bytes.
 */
public final class PrettyJson implements JsonWriter {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final StringBuilder out;
  /** For each open object or array, whether it has a value yet; [0] stands for the document. */
  private boolean[] filled = new boolean[8];
  private int depth;

  /** A writer whose text is expected to take about {@code size} characters. */
  public PrettyJson(int size) {
    out = new StringBuilder(size);
  }

  /** The text written, in UTF-8, as jackson's output to a {@code Writer} encoded by {@code String.getBytes}. */
  public byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Ends the text with a newline, as a file does. */
  public PrettyJson newline() {
    out.append('\n');
    return this;
  }

  @Override
  public void startObject() {
    value(null);
    open('{');
  }

  @Override
  public void startObject(String name) {
    value(name);
    open('{');
  }

  @Override
  public void endObject() {
    close('}');
  }

  @Override
  public void startArray(String name) {
    value(name);
    open('[');
  }

  @Override
  public void endArray() {
    close(']');
  }

  @Override
  public void string(String value) {
    value(null);
    quoted(value);
  }

  @Override
  public void field(String name, String value) {
    value(name);
    quoted(value);
  }

  @Override
  public void field(String name, long value) {
    value(name);
    out.append(value);
  }

  /** As jackson: {@code Double.toString}, and a value that is no number (NaN, infinite) as a string. */
  @Override
  public void field(String name, double value) {
    value(name);
    if (Double.isFinite(value)) {
      out.append(Double.toString(value));
    } else {
      quoted(Double.toString(value));
    }
  }

  @Override
  public void field(String name, boolean value) {
    value(name);
    out.append(value);
  }

  /** {@code text} as the value of {@code name}, as it is (JSON already). */
  public void raw(String name, String text) {
    value(name);
    out.append(text);
  }

  /** What comes before a value: the comma after the one before, the new line, and the name in an object. */
  private void value(String name) {
    if (depth > 0) {
      if (filled[depth]) {
        out.append(',');
      }
      filled[depth] = true;
      indent(depth);
    }
    if (name != null) {
      quoted(name);
      out.append(": ");
    }
  }

  private void open(char bracket) {
    out.append(bracket);
    if (++depth == filled.length) {
      filled = java.util.Arrays.copyOf(filled, depth * 2);
    }
    filled[depth] = false;
  }

  private void close(char bracket) {
    if (filled[depth]) {
      indent(depth - 1);
    } else {
      out.append(' ');
    }
    depth--;
    out.append(bracket);
  }

  private void indent(int level) {
    out.append('\n');
    for (int i = 0; i < level; i++) {
      out.append("  ");
    }
  }

  /** A string in quotes, escaped as jackson escapes it: {@code "} and {@code \}, and control characters. */
  private void quoted(String text) {
    if (text == null) {
      out.append("null");
      return;
    }
    out.append('"');
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    out.append(text, plain, text.length()).append('"');
  }
}
