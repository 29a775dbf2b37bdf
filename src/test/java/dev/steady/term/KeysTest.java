package dev.steady.term;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.term.Keys.Action;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keys during a session")
class KeysTest {
  private final Keys keys = new Keys();

  @Test
  void spaceAndPPauseOrResume() {
    assertThat(keys.typed(' ', 0)).isEqualTo(Action.PAUSE_OR_RESUME);
    assertThat(keys.typed('p', 0)).isEqualTo(Action.PAUSE_OR_RESUME);
  }

  @Test
  void qStops() {
    assertThat(keys.typed('q', 0)).isEqualTo(Action.STOP);
  }

  @Test
  void otherKeysDoNothing() {
    assertThat(keys.typed('x', 0)).isEqualTo(Action.NONE);
    assertThat(keys.typed('\r', 0)).isEqualTo(Action.NONE);
  }

  @Test
  void aLoneEscStopsOnceNoSequenceFollows() {
    assertThat(keys.typed(27, 0)).isEqualTo(Action.NONE);
    assertThat(keys.deadline()).isEqualTo(Keys.ESC_NANOS);
    assertThat(keys.idle(Keys.ESC_NANOS - 1)).isEqualTo(Action.NONE);
    assertThat(keys.idle(Keys.ESC_NANOS)).isEqualTo(Action.STOP);
    assertThat(keys.deadline()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void arrowKeysAreNotEsc() {
    long t = 0;
    for (char c : new char[] {27, '[', 'A', 27, 'O', 'B', 27, '[', '1', ';', '5', 'C'}) {
      assertThat(keys.typed(c, t++)).isEqualTo(Action.NONE);
    }
    assertThat(keys.idle(t + Keys.ESC_NANOS)).isEqualTo(Action.NONE);
    assertThat(keys.typed('q', t)).isEqualTo(Action.STOP);
  }
}
