package dev.steady.json;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a document began, by its path ({@code habits[2].target}), so that a value of the wrong
 * shape is named by line and column as a syntax error is. Lines and columns are worked out only for a message.
 */
final class Positions {
  private final JsonCursor json;
  private final Map<String, Integer> offsets = new HashMap<>();

  Positions(JsonCursor json) {
    this.json = json;
  }

  void put(String path, int offset) {
    offsets.put(path, offset);
  }

  /**
   * {@code line:column} of the value at {@code path}; for a value that is not there (a missing field), of the
   * nearest enclosing one.
   */
  String of(String path) {
    String p = path;
    while (!offsets.containsKey(p) && !p.isEmpty()) {
      p = p.substring(0, Math.max(0, Math.max(p.lastIndexOf('.'), p.lastIndexOf('['))));
    }
    Integer offset = offsets.get(p);
    return offset == null ? null : json.where(offset);
  }
}
