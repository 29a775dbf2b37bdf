package dev.steady.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.steady.failure.Failure;
import dev.steady.habit.Settings;
import java.nio.charset.StandardCharsets;

class SettingsFileFuzzTest {
  /** Any bytes either read as settings that print back the same, or fail as invalid data; nothing else. */
  @FuzzTest(maxDuration = "30s")
  void onlyFailuresEscapeAndWhatReadsPrintsBack(byte[] bytes) {
    Settings settings;
    try {
      settings = SettingsFile.parse(bytes, "config.json");
    } catch (Failure f) {
      assertThat(f.exitCode()).isEqualTo(Failure.DATA);
      assertThat(f.getMessage()).startsWith("config.json").doesNotContain("\n");
      return;
    }
    String printed = SettingsFile.toJson(settings);
    assertThat(SettingsFile.parse(printed.getBytes(StandardCharsets.UTF_8), "printed")).isEqualTo(settings);
  }
}
