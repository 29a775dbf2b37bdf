package dev.steady.json;

/**
 * What a value of steady's own is written to, field by field: the log's bytes ({@link PrettyJson}), or a
 * jackson generator for a document on stdout ({@link JsonOut#writer}). One writer of each value, two kinds of
 * output.
 */
public interface JsonWriter {
  /** Opens an object: a value of the array open now, or the document itself. */
  void startObject();

  /** Opens an object as the value of {@code name}. */
  void startObject(String name);

  void endObject();

  /** Opens an array as the value of {@code name}. */
  void startArray(String name);

  void endArray();

  /** A string as a value of the array open now. */
  void string(String value);

  void field(String name, String value);

  void field(String name, long value);

  void field(String name, double value);

  void field(String name, boolean value);
}
