package dev.steady.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steady.failure.Failure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("steady's block in a crontab")
class CrontabTest {
  private static final String BLOCK = CronBlock.BEGIN + ": v1\nLANG=C.UTF-8\n0 9 * * *  remind\n" + CronBlock.END + "\n";
  private static final String NEWER = CronBlock.BEGIN + ": v2\n30 7 * * *  remind\n" + CronBlock.END + "\n";
  private static final String OTHERS =
      "# m h dom mon dow command\nMAILTO=me@example.org\n0 3 * * *  backup --all  \n\n@reboot  echo 'up 100%'\r\n";

  @Test
  void anEmptyCrontabGetsTheBlockAlone() {
    assertThat(Crontab.withBlock("", BLOCK)).isEqualTo(BLOCK);
  }

  @Test
  @DisplayName("the block goes after the other lines, which stay exactly as they were")
  void addedAtTheEnd() {
    assertThat(Crontab.withBlock(OTHERS, BLOCK)).isEqualTo(OTHERS + BLOCK);
  }

  @Test
  @DisplayName("a last line without its newline gets one, since cron ignores such a line")
  void lastLineWithoutNewline() {
    assertThat(Crontab.withBlock("0 3 * * * backup", BLOCK)).isEqualTo("0 3 * * * backup\n" + BLOCK);
  }

  @Test
  @DisplayName("installing again replaces the block where it stands")
  void replacedInPlace() {
    String before = "0 1 * * * first\n";
    String after = "0 2 * * * second\n";
    String installed = before + BLOCK + after;

    assertThat(Crontab.withBlock(installed, NEWER)).isEqualTo(before + NEWER + after);
    assertThat(Crontab.withBlock(Crontab.withBlock(installed, NEWER), NEWER)).isEqualTo(before + NEWER + after);
  }

  @Test
  @DisplayName("two blocks (two installs merged by hand) become one")
  void twoBlocksBecomeOne() {
    assertThat(Crontab.withBlock(BLOCK + OTHERS + BLOCK, NEWER)).isEqualTo(NEWER + OTHERS);
  }

  @Test
  @DisplayName("uninstalling removes the block and only the block")
  void removed() {
    assertThat(Crontab.withoutBlock(OTHERS + BLOCK)).isEqualTo(OTHERS);
    assertThat(Crontab.withoutBlock("0 1 * * * a\n" + BLOCK + "0 2 * * * b")).isEqualTo("0 1 * * * a\n0 2 * * * b\n");
    assertThat(Crontab.withoutBlock(BLOCK)).isEmpty();
  }

  @Test
  @DisplayName("a crontab without the block is left as it is, byte for byte")
  void noBlock() {
    assertThat(Crontab.hasBlock(OTHERS)).isFalse();
    assertThat(Crontab.withoutBlock(OTHERS)).isSameAs(OTHERS);
    assertThat(Crontab.hasBlock(OTHERS + BLOCK)).isTrue();
  }

  @Test
  @DisplayName("a block whose end marker was deleted is invalid data, and nothing is guessed")
  void unterminated() {
    String broken = OTHERS + CronBlock.BEGIN + "\n0 9 * * * remind\n0 3 * * * mine\n";

    assertThatThrownBy(() -> Crontab.withBlock(broken, BLOCK))
        .isInstanceOf(Failure.class)
        .hasMessageContaining("no '" + CronBlock.END + "'")
        .extracting(e -> ((Failure) e).exitCode())
        .isEqualTo(65);
    assertThatThrownBy(() -> Crontab.withoutBlock(broken)).isInstanceOf(Failure.class);
  }
}
