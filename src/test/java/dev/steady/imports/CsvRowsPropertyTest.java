package dev.steady.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.failure.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CSV as RFC 4180 writes it reads back cell for cell; any other text reads or fails as invalid data. */
class CsvRowsPropertyTest {
  private static final String[] PIECES = {"a", "Walk", "", " ", ",", "\"", "\n", "\r\n", "é", "🌱", "YES_MANUAL", "2024-03-05"};

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readsBackWhatIsWritten(long seed) {
    Random random = new Random(seed);
    List<List<String>> rows = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int r = 0, n = 1 + random.nextInt(5); r < n; r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0, m = 1 + random.nextInt(4); c < m; c++) {
        StringBuilder cell = new StringBuilder();
        for (int p = random.nextInt(4); p > 0; p--) {
          cell.append(PIECES[random.nextInt(PIECES.length)]);
        }
        row.add(cell.toString());
      }
      if (row.size() == 1 && row.get(0).isEmpty()) {
        row.set(0, "x"); // a line with one empty cell is a blank line, which CSV readers pass over
      }
      rows.add(row);
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
            || random.nextInt(4) == 0;
        text.append(c > 0 ? "," : "").append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      text.append(random.nextBoolean() ? "\r\n" : "\n");
    }
    assertThat(CsvRows.read(text.toString(), "t.csv"))
        .extracting(row -> row.stream().map(CsvRows.Cell::text).toList())
        .isEqualTo(rows);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anyTextReadsOrFailsAsInvalidData(long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int p = random.nextInt(30); p > 0; p--) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    try {
      for (List<CsvRows.Cell> row : CsvRows.read(text.toString(), "t.csv")) {
        assertThat(row).allMatch(c -> c.line() >= 1 && c.column() >= 1);
      }
    } catch (Failure f) {
      assertThat(f.exitCode()).isEqualTo(Failure.DATA);
      assertThat(f.getMessage()).matches("t\\.csv:\\d+:\\d+: .*").doesNotContain("\n");
    }
  }
}
