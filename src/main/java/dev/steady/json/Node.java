package dev.steady.json;

import dev.steady.failure.Failure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value read from a JSON document, with the file it came from, its path inside it and where it began, so
 * that a value of the wrong shape is reported as the log's are:
 * {@code plans/box.json:4:17: segments[0].inhale: expected more than 0 seconds, found 0}.
 */
public final class Node {
  private final String source;
  private final String path;
  private final Object value;
  private final Positions positions;

  Node(String source, String path, Object value, Positions positions) {
    this.source = source;
    this.path = path;
    this.value = value;
    this.positions = positions;
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  /** The value as read: a map, list, String, Long, Double, Boolean or null. */
  Object value() {
    return value;
  }

  public String source() {
    return source;
  }

  public String path() {
    return path.isEmpty() ? "(top level)" : path;
  }

  /** The value as read: a map, a list, a string, a number, a boolean or null (to write it back as it was). */
  public Object raw() {
    return value;
  }

  public boolean isObject() {
    return value instanceof Map;
  }

  public boolean isArray() {
    return value instanceof List;
  }

  /** A failure that names this value's file, line and column, its path, and what was expected there. */
  public Failure invalid(String expected) {
    String where = positions.of(path);
    return Failure.invalidData(source + (where == null ? "" : ":" + where) + ": " + path() + ": " + expected);
  }

  private Map<String, Object> object() {
    if (!(value instanceof Map)) {
      throw invalid("expected an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    return map;
  }


  public boolean has(String key) {
    return object().get(key) != null;
  }

  /** The named field; missing fields are reported against their path. */
  public Node get(String key) {
    Object child = object().get(key);
    Node node = new Node(source, child(path, key), child, positions);
    if (child == null) {
      throw node.invalid("missing (required)");
    }
    return node;
  }

  public Optional<Node> find(String key) {
    Object child = object().get(key);
    return child == null ? Optional.empty() : Optional.of(new Node(source, child(path, key), child, positions));
  }

  /** Fails on a field this reader does not know, which usually is a typo of a known one. */
  public Node only(Collection<String> known) {
    for (String key : object().keySet()) {
      if (!known.contains(key)) {
        throw new Node(source, child(path, key), null, positions)
            .invalid("unknown field (expected one of " + String.join(", ", known) + ")");
      }
    }
    return this;
  }

  public List<Node> elements() {
    if (!(value instanceof List)) {
      throw invalid("expected a list");
    }
    List<?> list = (List<?>) value;
    List<Node> nodes = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      nodes.add(new Node(source, element(path, i), list.get(i), positions));
    }
    return nodes;
  }

  public String text() {
    if (!(value instanceof String)) {
      throw invalid("expected a string");
    }
    return (String) value;
  }

  public double number() {
    if (!(value instanceof Number)) {
      throw invalid("expected a number");
    }
    double d = ((Number) value).doubleValue();
    if (!Double.isFinite(d)) {
      throw invalid("expected a finite number");
    }
    return d;
  }

  public long whole() {
    if (value instanceof Long) {
      return (Long) value;
    }
    throw invalid("expected a whole number");
  }

  public boolean bool() {
    if (!(value instanceof Boolean)) {
      throw invalid("expected true or false");
    }
    return (Boolean) value;
  }

  /** Converts this value's text with {@code parse}, reporting a rejected value as {@code expected}. */
  public <T> T as(Function<String, T> parse, String expected) {
    String text = text();
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw invalid("expected " + expected + ", found " + Quoted.json(text));
    }
  }
}
