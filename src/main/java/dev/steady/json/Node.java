package dev.steady.json;

import dev.steady.failure.Failure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value read from a JSON document, with the file it came from and its path inside it, so that a value of
 * the wrong shape is reported as {@code plans/box.json: segments[0].inhale: expected a number above 0}.
 */
public final class Node {
  private final String source;
  private final String path;
  private final Object value;

  Node(String source, String path, Object value) {
    this.source = source;
    this.path = path;
    this.value = value;
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

  /** A failure that names this value's file and path and what was expected there. */
  public Failure invalid(String expected) {
    return Failure.invalidData(source + ": " + path() + ": " + expected);
  }

  private Map<String, Object> object() {
    if (!(value instanceof Map)) {
      throw invalid("expected an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    return map;
  }

  private String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public boolean has(String key) {
    return object().get(key) != null;
  }

  /** The named field; missing fields are reported against their path. */
  public Node get(String key) {
    Object child = object().get(key);
    Node node = new Node(source, childPath(key), child);
    if (child == null) {
      throw node.invalid("missing (required)");
    }
    return node;
  }

  public Optional<Node> find(String key) {
    Object child = object().get(key);
    return child == null ? Optional.empty() : Optional.of(new Node(source, childPath(key), child));
  }

  /** Fails on a field this reader does not know, which usually is a typo of a known one. */
  public Node only(Collection<String> known) {
    for (String key : object().keySet()) {
      if (!known.contains(key)) {
        throw new Node(source, childPath(key), null)
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
      nodes.add(new Node(source, path + "[" + i + "]", list.get(i)));
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
