package dev.steady.store;

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
import dev.steady.json.JsonFuzzTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.regex.Pattern;

/**
 * Any bytes at all as a log, with jackson-core as the judge of what JSON is. The reader either reads them or
 * fails with one line and exit 65, nothing else; it accepts only JSON that jackson-core accepts, and calls
 * invalid only JSON that jackson-core rejects; it reads the same entries from a document as from jackson's
 * rewriting of it (other spacing, escapes, number forms); and what it reads from a log it may write, it writes
 * back unchanged in meaning. Plain {@code mvn test} replays the saved inputs in {@code
 * LogReaderFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes; and every {@code mvn verify} fuzzes it for real
 * for a fixed time (the {@code fuzz-the-parser} execution in pom.xml), so that each build tries new inputs.
 */
class LogReaderFuzzTest {
  private static final Pattern SYNTAX_ERROR = Pattern.compile("log\\.json:\\d+:\\d+: invalid JSON: .*");
  /** jackson-core with the limits steady's own parser has. */
  private static final JsonFactory JACKSON =
      JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
  private static final JsonFactory JACKSON_NO_DUPLICATES =
      JACKSON.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper TREES = new ObjectMapper(JACKSON);

  @FuzzTest(maxDuration = "5m")
  void readingALog(byte[] bytes) throws IOException {
    JsonFuzzTest.sameAsJackson(bytes); // the same parser as read into a tree, for config.json and plans
    Outcome ours = Outcome.of(bytes);
    boolean judged = judged(bytes);
    JsonNode tree = judged ? tree(JACKSON, bytes) : null;

    if (ours.contents() != null) {
      assertThat(tree).as("jackson-core accepts it too").isNotNull();
      if (ours.contents().version() <= LogFile.VERSION) {
        assertThat(LogReader.read(LogFile.render(ours.contents().log()), "log.json").log())
            .as("written back and read again")
            .isEqualTo(ours.contents().log());
      }
    } else if (judged && SYNTAX_ERROR.matcher(ours.failure().getMessage()).matches()) {
      assertThat(tree).as("jackson-core rejects it too, as %s", ours.failure().getMessage()).isNull();
    }
    if (tree != null && tree(JACKSON_NO_DUPLICATES, bytes) != null) {
      byte[] rewritten = TREES.writeValueAsBytes(tree);
      assertThat(Outcome.of(rewritten).contents()).as("read from jackson's rewriting").isEqualTo(ours.contents());
    }
  }

  private record Outcome(LogReader.Contents contents, Failure failure) {
    static Outcome of(byte[] bytes) {
      try {
        return new Outcome(LogReader.read(bytes, "log.json"), null);
      } catch (Failure f) {
        assertThat(f.exitCode()).isEqualTo(Failure.DATA);
        assertThat(f.getMessage()).startsWith("log.json").doesNotContain("\n", "\r");
        return new Outcome(null, f);
      }
    }
  }

  /**
   * Whether jackson-core reads the bytes as the reader does: strict UTF-8 with no NUL byte (NUL is never valid
   * JSON, and from NUL bytes jackson-core guesses UTF-16 or UTF-32). Its byte parser is the judge: its
   * character parser takes some non-ASCII characters in a backslash-u escape for hex digits.
   */
  private static boolean judged(byte[] bytes) {
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
  private static JsonNode tree(JsonFactory factory, byte[] bytes) {
    try (JsonParser p = factory.createParser(bytes)) {
      JsonNode tree = TREES.readTree(p);
      return tree != null && !tree.isMissingNode() && p.nextToken() == null ? tree : null;
    } catch (IOException e) {
      return null;
    }
  }
}
