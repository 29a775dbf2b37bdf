package dev.steady.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A few ASCII strings looked up by their bytes, so that text a log repeats on every entry (field names, habit
 * ids) is one string and costs no allocation to read. They are kept by length, so that a lookup compares the
 * bytes of at most a few.
 */
public final class Known {
  /** None at all: for passing over fields whose names do not matter. Nothing is ever added to it. */
  public static final Known NONE = new Known();

  private String[][] strings = new String[0][];
  private byte[][][] bytes = new byte[0][][];
  private int size;

  public Known(String... ascii) {
    for (String s : ascii) {
      add(s);
    }
  }

  public void add(String ascii) {
    int length = ascii.length();
    if (length >= strings.length) {
      strings = Arrays.copyOf(strings, length + 1);
      bytes = Arrays.copyOf(bytes, length + 1);
    }
    if (strings[length] == null) {
      strings[length] = new String[0];
      bytes[length] = new byte[0][];
    }
    int n = strings[length].length;
    strings[length] = Arrays.copyOf(strings[length], n + 1);
    bytes[length] = Arrays.copyOf(bytes[length], n + 1);
    strings[length][n] = ascii;
    bytes[length][n] = ascii.getBytes(StandardCharsets.ISO_8859_1);
    size++;
  }

  public int size() {
    return size;
  }

  /** The string whose bytes are {@code b[start..end)}, or null. */
  public String find(byte[] b, int start, int end) {
    int length = end - start;
    if (length >= bytes.length || bytes[length] == null) {
      return null;
    }
    byte[][] candidates = bytes[length];
    for (int i = 0; i < candidates.length; i++) {
      if (same(candidates[i], b, start)) {
        return strings[length][i];
      }
    }
    return null;
  }

  private static boolean same(byte[] known, byte[] b, int start) {
    for (int i = 0; i < known.length; i++) {
      if (known[i] != b[start + i]) {
        return false;
      }
    }
    return true;
  }
}
