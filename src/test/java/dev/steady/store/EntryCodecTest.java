package dev.steady.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EntryCodecTest {
  static LongStream seeds() {
    return LongStream.range(1, 41);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("entries of every kind read back exactly as they were written")
  void roundTrip(long seed) {
    List<Entry> entries = new RandomEntries(seed).entries(60);

    LogReader.Contents read = LogReader.read(LogFile.render(new LogContents(entries, List.of())), "log.json");

    assertThat(read.version()).isEqualTo(LogFile.VERSION);
    assertThat(read.entries()).containsExactlyElementsOf(entries);
  }

  @Test
  @DisplayName("the seeds cover every kind of amount")
  void seedsCoverEveryKind() {
    List<String> kinds =
        seeds().boxed()
            .flatMap(s -> new RandomEntries(s).entries(60).stream())
            .map(e -> e.amount().getClass().getSimpleName())
            .distinct()
            .toList();

    assertThat(kinds)
        .containsExactlyInAnyOrder("Time", "Count", "Items", "Night", "Rest", "Session", "Programme");
  }

  @Test
  @DisplayName("a written entry has the documented fields and nothing else")
  void writtenForm() {
    Entry e =
        new Entry("lx3k9abc12", "move", LocalDate.of(2026, 11, 21), OffsetDateTime.parse("2026-11-21T18:05:00+01:00"),
            new Amount.Time(Duration.ofMinutes(25)), "the long way home");

    String text = new String(LogFile.render(new LogContents(List.of(e), List.of())), UTF_8);

    assertThat(text)
        .isEqualTo(
            """
            {
              "version": 2,
              "entries": [
                {
                  "id": "lx3k9abc12",
                  "habit": "move",
                  "date": "2026-11-21",
                  "recordedAt": "2026-11-21T18:05+01:00",
                  "seconds": 1500,
                  "note": "the long way home"
                }
              ],
              "deleted": [ ]
            }
            """);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("a value of the wrong shape is named by file, line, column and path")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "date": "2026-13-01"                | log.json:6:15: entries[0].date: expected a date YYYY-MM-DD, found "2026-13-01"
          "date": 20261101                    | log.json:6:15: entries[0].date: expected a string
          "recordedAt": "2026-11-01 07:00"    | log.json:6:21: entries[0].recordedAt: expected a time with offset, such as 2026-11-21T07:05:00+01:00, found "2026-11-01 07:00"
          "date": "1899-12-31"                | log.json:6:15: entries[0].date: expected a year from 1900 to 9999, found 1899
          "date": "+10000-01-01"              | log.json:6:15: entries[0].date: expected a year from 1900 to 9999, found 10000
          "recordedAt": "-0001-01-01T00:00Z"  | log.json:6:21: entries[0].recordedAt: expected a year from 1900 to 9999, found -1
          "count": -1                         | log.json:6:16: entries[0].count: expected a whole number from 0 to 1000000, found -1
          "count": 1.5                        | log.json:6:16: entries[0].count: expected a whole number from 0 to 1000000, found 1.5
          "count": 1e3                        | log.json:6:16: entries[0].count: expected a whole number from 0 to 1000000, found 1e3
          "count": 1000001                    | log.json:6:16: entries[0].count: expected a whole number from 0 to 1000000, found 1000001
          "seconds": -1                       | log.json:6:18: entries[0].seconds: expected a whole number from 0 to 86400, found -1
          "seconds": 86401                    | log.json:6:18: entries[0].seconds: expected a whole number from 0 to 86400, found 86401
          "seconds": 9223372036854776         | log.json:6:18: entries[0].seconds: expected a whole number from 0 to 86400, found 9223372036854776
          "seconds": 99999999999999999999999  | log.json:6:18: entries[0].seconds: expected a whole number from 0 to 86400, found 99999999999999999999999
          "session": {"seconds": 1e300}       | log.json:6:30: entries[0].session.seconds: expected a number from 0 to 21600, found 1e300
          "session": {"seconds": 21600.5}     | log.json:6:30: entries[0].session.seconds: expected a number from 0 to 21600, found 21600.5
          "session": {"seconds": -0.1}        | log.json:6:30: entries[0].session.seconds: expected a number from 0 to 21600, found -0.1
          "session": {"bpm": 1e400}           | log.json:6:26: entries[0].session.bpm: expected 0 or a number from 2 to 20, found 1e400
          "session": {"bpm": -0.5}            | log.json:6:26: entries[0].session.bpm: expected 0 or a number from 2 to 20, found -0.5
          "session": {"bpm": 1.9}             | log.json:6:26: entries[0].session.bpm: expected 0 or a number from 2 to 20, found 1.9
          "session": {"bpm": 20.01}           | log.json:6:26: entries[0].session.bpm: expected 0 or a number from 2 to 20, found 20.01
          "session": {"breaths": 7201}        | log.json:6:30: entries[0].session.breaths: expected a whole number from 0 to 7200, found 7201
          "session": {"calmBefore": 0}        | log.json:6:33: entries[0].session.calmBefore: expected a whole number from 1 to 10, found 0
          "session": {"calmAfter": 11}        | log.json:6:32: entries[0].session.calmAfter: expected a whole number from 1 to 10, found 11
          "session": {"ratings": [{"bpm": 1}]}     | log.json:6:39: entries[0].session.ratings.bpm: expected a number from 2 to 20, found 1
          "session": {"ratings": [{"comfort": 6}]} | log.json:6:43: entries[0].session.ratings.comfort: expected a whole number from 1 to 5, found 6
          "count": 1, "items": ["kale"]       | log.json:6:28: entries[0].items: expected only one amount, but count is here too
          "bed": "23:10"                      | log.json:4:5: entries[0].wake: missing (required)
          "bed": "23:10:30", "wake": "07:00"  | log.json:6:14: entries[0].bed: expected a time HH:MM, found "23:10:30"
          "items": ["kale", 3]                | log.json:6:25: entries[0].items: expected a string
          "session": {"plan": "box"}          | log.json:6:18: entries[0].session.completed: missing (required)
          "colour": "red", "count": 1         | log.json:6:17: entries[0].colour: unknown field (expected one of id, habit, date, recordedAt, seconds, count, items, bed, wake, session, rest, program, firstDay, note)
          "count": 1, "count": 2              | log.json:6:28: entries[0].count: given twice
          "session": {"bpm": 6, "bpm": 5}     | log.json:6:36: entries[0].session.bpm: given twice
          "session": {"breaths": 3000000000}  | log.json:6:30: entries[0].session.breaths: expected a whole number from 0 to 7200, found 3000000000
          "note": "no amount"                 | log.json:4:5: entries[0]: expected an amount: one of seconds, count, items, bed and wake, session, rest, or program
          """)
  void namesTheValueThatIsWrong(String field, String message) {
    String base = "\"id\": \"a1\", \"habit\": \"move\", \"date\": \"2026-11-01\", \"recordedAt\": \"2026-11-01T07:00+01:00\"";
    for (String replaced : List.of("date", "recordedAt")) {
      if (field.startsWith("\"" + replaced + "\"")) {
        base = base.replaceAll(", \"" + replaced + "\": \"[^\"]*\"", "");
      }
    }
    String log = "{\n  \"version\": 1,\n  \"entries\": [\n    {\n      " + base + ",\n      " + field + "\n    }\n  ]\n}\n";

    assertThatThrownBy(() -> LogReader.read(log.getBytes(UTF_8), "log.json"))
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.exitCode()).isEqualTo(Failure.DATA))
        .hasMessage(message);
  }

  @Test
  @DisplayName("a null field reads as an absent one")
  void nullIsAbsent() {
    String log =
        "{\"version\": 1, \"entries\": [{\"id\": \"a\", \"habit\": \"move\", \"date\": \"2026-11-01\","
            + " \"recordedAt\": \"2026-11-01T07:00Z\", \"count\": 2, \"items\": null, \"note\": null}]}";

    Entry e = LogReader.read(log.getBytes(UTF_8), "log.json").entries().get(0);

    assertThat(e.amount()).isEqualTo(new Amount.Count(2));
    assertThat(e.note()).isNull();
  }

  @Test
  @DisplayName("an entry the reader would refuse is never written")
  void refusesToWriteWhatCannotBeRead() {
    Entry negative = new Entry("a", "move", LocalDate.of(2026, 1, 1), OffsetDateTime.parse("2026-01-01T07:00Z"), new Amount.Count(-1), null);
    Entry noId = new Entry(null, "move", LocalDate.of(2026, 1, 1), OffsetDateTime.parse("2026-01-01T07:00Z"), new Amount.Count(1), null);
    Entry endless = new Entry("a", "breathe", LocalDate.of(2026, 1, 1), OffsetDateTime.parse("2026-01-01T07:00Z"),
        new Amount.Session("box", true, 3, Double.POSITIVE_INFINITY, 6), null);

    for (Entry e : List.of(negative, noId, endless)) {
      assertThatThrownBy(() -> LogFile.render(new LogContents(List.of(e), List.of()))).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
