package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady completion")
class CompletionCommandTest {
  @TempDir Path home;

  @Test
  @DisplayName("bash prints a script that completes the commands and the log subcommands")
  void bash() {
    CommandRun run = new Steady(home, "2026-11-20T12:00").run("completion", "bash");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("complete -F _complete_steady", "breathe", "streaks", "due", "remind", "history", "sleep", "--since");
  }

  @Test
  @DisplayName("zsh prints the same script, which turns on bashcompinit")
  void zsh() {
    CommandRun run = new Steady(home, "2026-11-20T12:00").run("completion", "zsh");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("# steady completion for zsh").contains("bashcompinit", "complete -F _complete_steady");
  }

  @Test
  @DisplayName("another shell is a usage error")
  void otherShell() {
    CommandRun run = new Steady(home, "2026-11-20T12:00").run("completion", "fish");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("fish").contains("bash, zsh");
  }
}
