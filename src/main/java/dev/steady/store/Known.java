package dev.steady.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A few ASCII strings looked up by their bytes, so that text a log repeats on every entry (field names, habit
 * ids) is one string and costs no allocation to read.
 */
final class Known {
  private final List<String> strings = new ArrayList<>();
  private final List<byte[]> bytes = new ArrayList<>();

  Known(String... ascii) {
    for (String s : ascii) {
      add(s);
    }
  }

  void add(String ascii) {
    strings.add(ascii);
    bytes.add(ascii.getBytes(StandardCharsets.ISO_8859_1));
  }

  int size() {
    return strings.size();
  }

  /** The string whose bytes are {@code b[start..end)}, or null. */
  String find(byte[] b, int start, int end) {
    int length = end - start;
    for (int i = 0; i < bytes.size(); i++) {
      byte[] known = bytes.get(i);
      if (known.length == length && Arrays.equals(known, 0, length, b, start, end)) {
        return strings.get(i);
      }
    }
    return null;
  }
}
