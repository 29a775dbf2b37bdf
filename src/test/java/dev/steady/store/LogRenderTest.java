package dev.steady.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.habit.Tombstone;
import dev.steady.json.JsonOut;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The log is written by hand ({@link dev.steady.json.PrettyJson}) to exactly the bytes jackson's pretty generator
 * ({@link JsonOut#to}) wrote before: the same layout, escapes, numbers and encoding, for logs of every kind.
 */
class LogRenderTest {
  private static final String[] AWKWARD = {"\ud800", "\udfff x", "\u007f", "\b\f\r", "\u0001\u0010\u001e", "\\u0041", "</script>"};
  private static final String SETTINGS = "{\n  \"dayStartsAt\": \"04:00\",\n  \"habits\": [ ]\n}";

  static LongStream seeds() {
    return LongStream.range(1, 31);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("a log of random entries and tombstones is written as jackson wrote it")
  void random_logs(long seed) {
    Random random = new Random(seed);
    LogContents log = randomLog(random, new RandomEntries(seed));
    String settings = random.nextBoolean() ? SETTINGS : null;

    assertThat(text(LogFile.bytesOf(log, settings))).isEqualTo(text(jackson(log, settings)));
  }

  /** Up to 40 entries of every kind, some with awkward text, and sometimes tombstones. */
  static LogContents randomLog(Random random, RandomEntries entries) {
    List<Entry> kept = new ArrayList<>();
    for (int n = random.nextInt(40); n > 0; n--) {
      Entry e = entries.entry();
      kept.add(random.nextInt(3) > 0 ? e : awkward(random, e));
    }
    List<Tombstone> deleted = new ArrayList<>();
    for (int n = random.nextInt(3) == 0 ? 0 : random.nextInt(5); n > 0; n--) {
      deleted.add(new Tombstone(entries.text(), entries.entry().recordedAt()));
    }
    return new LogContents(kept, deleted);
  }

  @Test
  void an_empty_log_is_written_as_jackson_wrote_it() {
    assertThat(text(LogFile.bytesOf(LogContents.EMPTY, null))).isEqualTo(text(jackson(LogContents.EMPTY, null)))
        .isEqualTo("{\n  \"version\": 2,\n  \"entries\": [ ],\n  \"deleted\": [ ]\n}\n");
  }

  /**
   * The entry with a rated session, a rest day or a programme step, and text that needs escaping or cannot be
   * encoded. Every number stays within the ranges the log's reader takes.
   */
  static Entry awkward(Random random, Entry e) {
    String text = AWKWARD[random.nextInt(AWKWARD.length)] + e.id();
    Amount amount = switch (random.nextInt(4)) {
      case 0 -> new Amount.Session(text, random.nextBoolean(), random.nextInt(100), random.nextInt(10_000) / 7.0,
          random.nextInt(4) == 0 ? 0 : 2 + random.nextInt(181) / 10.0, 1 + random.nextInt(10), random.nextBoolean() ? null : 1 + random.nextInt(10),
          List.of(new Amount.StepRating(4.5, 1 + random.nextInt(5)), new Amount.StepRating(6, 1 + random.nextInt(5))));
      case 1 -> new Amount.Rest();
      case 2 -> random.nextBoolean() ? Amount.Programme.start(e.date()) : Amount.Programme.stop();
      default -> new Amount.Items(List.of(text, "", AWKWARD[random.nextInt(AWKWARD.length)]));
    };
    OffsetDateTime at = e.recordedAt().withOffsetSameInstant(ZoneOffset.ofTotalSeconds(random.nextInt(18 * 3600)));
    return new Entry(text, e.habit(), e.date(), random.nextBoolean() ? at : at.withNano(random.nextInt(1_000_000_000)),
        amount, random.nextBoolean() ? text : null);
  }

  /** What LogFile wrote before it wrote by hand: jackson's pretty generator, the text encoded in UTF-8. */
  private static byte[] jackson(LogContents log, String settings) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonOut.to(out)) {
      g.writeStartObject();
      g.writeNumberField("version", LogFile.VERSION);
      if (settings != null) {
        g.writeFieldName("settings");
        g.writeRawValue(settings.replace("\n", "\n  "));
      }
      g.writeArrayFieldStart("entries");
      for (Entry e : log.entries()) {
        EntryCodec.write(g, e);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("deleted");
      for (Tombstone t : log.deleted()) {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("deletedAt", t.deletedAt().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
