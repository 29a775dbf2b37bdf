package dev.steady.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.steady.failure.Failure;

/**
 * Any bytes at all as a log: the reader either reads them or fails with one line and exit 65; nothing else
 * may escape. What it reads from a log it may write, it writes back unchanged in meaning. Plain {@code mvn
 * test} replays the saved inputs in {@code LogReaderFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class LogReaderFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void readingALog(byte[] bytes) {
    LogReader.Contents read;
    try {
      read = LogReader.read(bytes, "log.json");
    } catch (Failure f) {
      assertThat(f.exitCode()).isEqualTo(Failure.DATA);
      assertThat(f.getMessage()).startsWith("log.json").doesNotContain("\n");
      return;
    }
    if (read.version() <= LogFile.VERSION) {
      assertThat(LogReader.read(LogFile.render(read.entries()), "log.json").entries()).isEqualTo(read.entries());
    }
  }
}
