package dev.steady.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.steady.store.ClosedWeeksCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Training: the class-data archive's training run")
class TrainingTest {
  @TempDir Path home;

  @Test
  void every_run_ends_as_expected_so_the_archive_learns_the_common_paths() {
    assertThatCode(() -> Training.run(home)).doesNotThrowAnyException();
    assertThat(home.resolve("log.json")).exists();
    assertThat(home.resolve("year/log.json")).isRegularFile();
    assertThat(home.resolve("year/cache/closed-weeks")).isRegularFile();
    assertThat(home.resolve("year/cache/last-write")).isRegularFile();
  }

  @Test
  void its_year_is_long_enough_for_the_cache_of_closed_weeks() throws Exception {
    Path log = home.resolve("log.json");
    Training.writeYear(log, LocalDate.of(2026, 12, 4));

    assertThat(Files.size(log)).isGreaterThan(ClosedWeeksCache.MIN_LOG_BYTES);
  }

  @Test
  void it_trains_the_quick_forms_and_picocli_alike() {
    assertThat(Training.RUNS).extracting(run -> String.join(" ", run.args()))
        .contains("due", "remind", "streaks", "log move 25m", "due --help", "log --help", "nonsense");
  }
}
