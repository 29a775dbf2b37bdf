package dev.steady.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.steady.failure.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON documents into plain maps and lists with jackson-core's streaming parser. Databind would cost
 * 150–250 ms of cold start on every quick command (STACK.md); the documents here are small and their
 * validation wants the field's path anyway, which {@link Node} gives.
 */
public final class Json {
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(64)
                  .maxDocumentLength(256L * 1024 * 1024)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private Json() {}

  /** Parses a file; a syntax error names the file, line and column and exits 65. */
  public static Node read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new Node(file.toString(), "", parse(in, file.toString()));
    } catch (NoSuchFileException e) {
      throw Failure.io(file + ": no such file", e);
    } catch (IOException e) {
      throw Failure.io(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** Parses bytes that came from {@code source} (a file name, or a name for a resource). */
  public static Node read(byte[] bytes, String source) {
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      return new Node(source, "", parse(in, source));
    } catch (IOException e) {
      throw Failure.io(source + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static Object parse(InputStream in, String source) throws IOException {
    try (JsonParser parser = FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw Failure.invalidData(source + ":1:1: expected a JSON document, found an empty file");
      }
      Object value = value(parser, first);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw syntax(source, parser.currentTokenLocation(), "expected the end of the document");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw syntax(source, e.getLocation(), e.getOriginalMessage());
    } catch (java.io.CharConversionException e) {
      throw Failure.invalidData(source + ": not valid UTF-8 text (" + e.getMessage() + ")");
    }
  }

  private static Failure syntax(String source, JsonLocation at, String message) {
    String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
    String firstLine = message == null ? "invalid JSON" : message.lines().findFirst().orElse(message);
    return Failure.invalidData(source + where + ": invalid JSON: " + firstLine);
  }

  private static Object value(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
          String name = p.currentName();
          map.put(name, value(p, p.nextToken()));
        }
        return map;
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          list.add(value(p, t));
        }
        return list;
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? (Object) new java.math.BigDecimal(p.getBigIntegerValue())
            : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + token);
    }
  }
}
