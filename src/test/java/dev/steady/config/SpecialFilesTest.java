package dev.steady.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.steady.breath.PlanLibrary;
import dev.steady.failure.Failure;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** config.json and plans as something other than a plain file: a FIFO, a folder, a link, a huge file. */
class SpecialFilesTest {
  @TempDir Path home;

  private static void fifo(Path at) throws Exception {
    assumeThat(Path.of("/usr/bin/mkfifo")).isExecutable();
    assertThat(new ProcessBuilder("mkfifo", at.toString()).start().waitFor()).isZero();
  }

  private static void assertFails(Runnable call, int exitCode, String messagePart) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(Failure.class, f -> assertThat(f.exitCode()).isEqualTo(exitCode))
        .hasMessageContaining(messagePart);
  }

  @Test
  @Timeout(60)
  @DisplayName("a FIFO or a folder as config.json is 74 at once")
  void configIsNoFile() throws Exception {
    Path config = home.resolve("config.json");
    fifo(config);
    assertFails(() -> SettingsFile.load(config), Failure.IO, config + ": cannot read the config (it is a FIFO (named pipe), not a regular file)");

    Files.delete(config);
    Files.createDirectory(config);
    assertFails(() -> SettingsFile.load(config), Failure.IO, "(it is a folder, not a regular file)");
  }

  @Test
  @DisplayName("a config.json over 1 MiB is 65 without being read; one through a link is read")
  void configSizeAndLink() throws Exception {
    Path config = home.resolve("config.json");
    try (RandomAccessFile big = new RandomAccessFile(config.toFile(), "rw")) {
      big.setLength(SettingsFile.MAX_BYTES + 1);
    }
    assertFails(() -> SettingsFile.load(config), Failure.DATA, "is larger than the config may be (1 MiB); it was not read");

    Path real = home.resolve("dotfiles/steady.json");
    Files.createDirectories(real.getParent());
    Files.writeString(real, "{\"dayStartsAt\": \"05:00\"}");
    Files.delete(config);
    Files.createSymbolicLink(config, real);
    assertThat(SettingsFile.load(config).dayStartsAt()).hasToString("05:00");
  }

  @Test
  @Timeout(60)
  @DisplayName("a FIFO among the plans is listed as broken (74) at once, and is 74 when used")
  void planIsAFifo() throws Exception {
    Path plans = Files.createDirectories(home.resolve("plans"));
    fifo(plans.resolve("mine.json"));
    PlanLibrary library = new PlanLibrary(plans);

    assertThat(library.all())
        .filteredOn(e -> e.name().equals("mine"))
        .singleElement()
        .satisfies(e -> assertThat(e.problem().exitCode()).isEqualTo(Failure.IO));
    assertFails(() -> library.find("mine"), Failure.IO, "cannot read the plan (it is a FIFO (named pipe), not a regular file)");
    assertFails(() -> library.find(plans.resolve("mine.json").toString()), Failure.IO, "it is a FIFO");
  }
}
