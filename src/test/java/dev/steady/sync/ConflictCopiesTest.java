package dev.steady.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConflictCopiesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {
    "log.sync-conflict-20261204-153012-ABCDEF7.json",
    "log (Jane Doe's conflicted copy 2026-12-04).json",
    "log (conflicted copy 2026-12-04).json",
    "log (Jane Doe's conflicted copy 2026-12-04 (1)).json",
    "log (conflicted copy 2026-12-04 153012).json",
    "log (conflicted copy jane 2026-12-04 153012).json",
    "log_conflict-20261204-153012.json"
  })
  void copies(String name) {
    assertThat(ConflictCopies.isCopy("log.json", name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "log.json", "log.json.lock", "log.json.v1.bak", ".log.json.123.tmp", "log.sync-conflict-1.json.tmp", "config.json",
    "log (copy).json", "blog (conflicted copy 2026-12-04).json", "config.sync-conflict-20261204-153012-ABCDEF7.json"
  })
  void notCopies(String name) {
    assertThat(ConflictCopies.isCopy("log.json", name)).isFalse();
  }

  @Test
  void listsThemBesideTheLogInNameOrder() throws IOException {
    for (String n : new String[] {"log.json", "log.sync-conflict-2.json", "log.sync-conflict-1.json", "notes.txt"}) {
      Files.writeString(dir.resolve(n), "");
    }
    assertThat(ConflictCopies.beside(dir.resolve("log.json")))
        .containsExactly(dir.resolve("log.sync-conflict-1.json"), dir.resolve("log.sync-conflict-2.json"));
    assertThat(ConflictCopies.beside(dir.resolve("nowhere/log.json"))).isEmpty();
  }
}
