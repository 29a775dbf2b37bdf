package dev.steady.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steady.failure.Failure;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Any bytes at all as config.json or a plan, with jackson-core as the judge of what JSON is: steady's parser
 * accepts exactly the documents jackson-core accepts (with duplicate fields refused, as steady refuses them),
 * and reads from them the same objects, lists, strings and numbers, to the last bit of every double. Plain
 * {@code mvn test} replays the saved inputs in {@code JsonFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes. Every
 * {@code mvn verify} also fuzzes this check for real, through {@code LogReaderFuzzTest} (pom.xml).
 */
public final class JsonFuzzTest {
  private static final Pattern SYNTAX_ERROR = Pattern.compile("fuzz\\.json:\\d+:\\d+: invalid JSON: .*");
  private static final JsonFactory JACKSON =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JsonCursor.MAX_DEPTH).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
  private static final ObjectMapper TREES = new ObjectMapper(JACKSON);

  @FuzzTest(maxDuration = "5m")
  void readsWhatJacksonReads(byte[] bytes) {
    sameAsJackson(bytes);
  }

  /** The check itself, which the log reader's fuzz test also makes, so that one fuzz run covers both readers. */
  public static void sameAsJackson(byte[] bytes) {
    Object ours;
    Failure failure = null;
    try {
      ours = Json.read(bytes, "fuzz.json").value();
    } catch (Failure f) {
      assertThat(f.exitCode()).isEqualTo(Failure.DATA);
      assertThat(f.getMessage()).startsWith("fuzz.json").doesNotContain("\n", "\r");
      ours = null;
      failure = f;
    }
    if (!judged(bytes)) {
      return;
    }
    JsonNode tree = tree(bytes);
    if (failure == null) {
      assertThat(tree).as("jackson-core accepts it too").isNotNull();
      assertThat(ours).as("read as jackson-core reads it").isEqualTo(plain(tree));
    } else if (SYNTAX_ERROR.matcher(failure.getMessage()).matches()) {
      assertThat(tree).as("jackson-core rejects it too, as %s", failure.getMessage()).isNull();
    }
  }

  /**
   * Whether jackson-core reads the bytes as steady does: strict UTF-8 with no NUL byte (from NUL bytes
   * jackson-core guesses UTF-16 or UTF-32).
   */
  static boolean judged(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
    }
    try {
      UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The one JSON document in the bytes, or null when jackson-core finds none or more than one. */
  private static JsonNode tree(byte[] bytes) {
    try (JsonParser p = JACKSON.createParser(bytes)) {
      JsonNode tree = TREES.readTree(p);
      return tree != null && !tree.isMissingNode() && p.nextToken() == null ? tree : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** jackson's tree in the plain form steady's reader gives: maps, lists, strings, Long, Double, Boolean, null. */
  private static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        map.put(field.getKey(), plain(field.getValue()));
      }
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(element -> list.add(plain(element)));
      return list;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return null;
  }
}
