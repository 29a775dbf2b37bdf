package dev.steady.json;

import com.fasterxml.jackson.core.JsonFactory;
import dev.steady.failure.Failure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads small JSON documents (config.json, plans) into plain maps and lists with steady's one parser, {@link
 * JsonCursor}; {@link Node} then names the file and the field's path for a value of the wrong shape. Databind
 * would cost 150–250 ms of cold start on every quick command (STACK.md). jackson-core only writes ({@link
 * JsonOut}).
 */
public final class Json {
  static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  /**
   * Parses a file of at most {@code limit} bytes, which {@code what} names ("the config"); a syntax error names
   * the file, line and column and exits 65, as does a larger file, and a missing one is an I/O error (74).
   */
  public static Node read(Path file, long limit, String what) {
    byte[] bytes;
    try {
      bytes = FileBytes.read(file, limit, what);
    } catch (IOException e) {
      throw Failure.io(file + ": cannot read " + what + " (" + FileBytes.reason(e) + ")", e);
    }
    if (bytes == null) {
      throw Failure.io(file + ": cannot read " + what + " (" + FileBytes.dangling(file).orElse("no such file or folder") + ")", null);
    }
    return read(bytes, file.toString());
  }

  /** Parses bytes that came from {@code source} (a file name, or a name for a resource). */
  public static Node read(byte[] bytes, String source) {
    JsonCursor json = new JsonCursor(bytes, source);
    if (!json.start()) {
      throw Failure.invalidData(source + ":1:1: expected a JSON document, found an empty file");
    }
    Positions positions = new Positions(json);
    Object value = value(json, "", positions);
    json.end();
    return new Node(source, "", value, positions);
  }

  /** The value at the cursor, whose path is {@code path}, noting where it and each value inside it began. */
  private static Object value(JsonCursor json, String path, Positions positions) {
    positions.put(path, json.valueStart());
    if (json.startsWith('{')) {
      json.enter();
      Map<String, Object> map = new LinkedHashMap<>();
      String name;
      while ((name = json.nextName(Known.NONE)) != null) {
        int start = json.valueStart();
        if (map.containsKey(name)) {
          throw json.syntax(start, "the field " + Quoted.json(name) + " is given twice");
        }
        map.put(name, value(json, Node.child(path, name), positions));
      }
      return map;
    }
    if (json.startsWith('[')) {
      json.enter();
      List<Object> list = new ArrayList<>();
      while (json.nextElement()) {
        list.add(value(json, Node.element(path, list.size()), positions));
      }
      return list;
    }
    if (json.startsWith('"')) {
      return json.text();
    }
    if (json.startsNumber()) {
      int end = json.numberEnd();
      return json.isWhole(end) ? (Object) json.whole(end) : (Object) json.decimal(end);
    }
    if (json.literal("true")) {
      return Boolean.TRUE;
    }
    if (json.literal("false")) {
      return Boolean.FALSE;
    }
    if (json.literal("null")) {
      return null;
    }
    json.skipValue(); // throws: what is here is no value
    throw new IllegalStateException("skipValue accepted no value");
  }
}
