package dev.steady.term;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The lead-in")
class LeadInTest {
  private static final long S = LeadIn.SECOND;

  @Test
  @DisplayName("settles for three seconds, counts 3, 2, 1, and is over at six")
  void settlesThenCountsDown() {
    assertThat(LeadIn.textAt(0)).contains("Settle in.", "Breathe naturally.");
    assertThat(LeadIn.textAt(3 * S - 1)).contains("Settle in.");
    assertThat(LeadIn.textAt(3 * S)).contains("Get ready", "3");
    assertThat(LeadIn.textAt(4 * S + S / 2)).contains("2");
    assertThat(LeadIn.textAt(6 * S - 1)).contains("1");
    assertThat(LeadIn.textAt(6 * S)).isNull();
  }

  @Test
  void changesOnlyOnItsBoundaries() {
    assertThat(LeadIn.nextChange(0)).isEqualTo(3 * S);
    assertThat(LeadIn.nextChange(3 * S)).isEqualTo(4 * S);
    assertThat(LeadIn.nextChange(5 * S + 7)).isEqualTo(6 * S);
  }
}
