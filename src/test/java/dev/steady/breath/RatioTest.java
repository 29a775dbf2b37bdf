package dev.steady.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Ratios as typed")
class RatioTest {
  @Test
  void inAndOutOrAllFourParts() {
    assertThat(Ratio.parse("4:6")).isEqualTo(new Ratio(4, 0, 6, 0));
    assertThat(Ratio.parse(" 4 : 6 ")).isEqualTo(new Ratio(4, 0, 6, 0));
    assertThat(Ratio.parse("4:7:8:0")).isEqualTo(new Ratio(4, 7, 8, 0));
    assertThat(Ratio.parse("1.5:2.25")).isEqualTo(new Ratio(1.5, 0, 2.25, 0));
  }

  @Test
  void aRatioGivesABreathOfTheRatesLengthInItsProportions() {
    assertThat(Ratio.parse("4:6").at(6)).isEqualTo(new Pattern(4, 0, 6, 0));
    assertThat(Ratio.parse("1:1:1:1").at(3)).isEqualTo(new Pattern(5, 5, 5, 5));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "4", "4:6:", ":6", "4::6", "4:6:8", "a:b", "4:0", "0:6", "0:1:1:1", "-4:6", "1e3:6",
      "0x10:6", "Infinity:6", "NaN:6", "4d:6", "1234:6", "4.:6", ".5:6", "4:6:8:-1", "４:６"})
  void anythingElseIsRefusedSayingWhatWasExpected(String text) {
    assertThatThrownBy(() -> Ratio.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected " + Ratio.EXPECTED + ", found \"" + text + "\"");
  }
}
