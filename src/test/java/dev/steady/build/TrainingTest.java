package dev.steady.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
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
  }

  @Test
  void it_trains_the_quick_forms_and_picocli_alike() {
    assertThat(Training.RUNS).extracting(run -> String.join(" ", run.args()))
        .contains("due", "remind", "streaks", "log move 25m", "due --help", "log --help", "nonsense");
  }
}
