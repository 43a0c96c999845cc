package org.redheart.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitsTest {

  @Test
  void turnsEveryBengaliDigitIntoItsAsciiDigit() {
    assertThat(Digits.toAscii("০১২৩৪৫৬৭৮৯")).isEqualTo("0123456789");
  }

  @Test
  void leavesAsciiDigitsAsTheyAre() {
    assertThat(Digits.toAscii("2025")).isEqualTo("2025");
  }

  @Test
  void leavesLettersAndSignsAsTheyAre() {
    assertThat(Digits.toAscii("৫০ জন, -৩")).isEqualTo("50 জন, -3");
  }

  @Test
  void turnsDigitsOfOtherScriptsIntoAsciiDigitsToo() {
    assertThat(Digits.toAscii("४२")).as("Devanagari").isEqualTo("42");
    assertThat(Digits.toAscii("٤٢")).as("Arabic-Indic").isEqualTo("42");
  }

  @Test
  void handlesDigitsOutsideTheBasicMultilingualPlane() {
    assertThat(Digits.toAscii("𝟓𝟎")).as("mathematical bold digits").isEqualTo("50");
  }

  @Test
  void leavesNumberLikeSymbolsThatAreNotDecimalDigits() {
    assertThat(Digits.toAscii("½ Ⅻ ²")).isEqualTo("½ Ⅻ ²");
  }

  @Test
  void keepsNothingAsNothing() {
    assertThat(Digits.toAscii(null)).isNull();
    assertThat(Digits.toAscii("")).isEmpty();
  }

  @Test
  void showsNumbersInBengaliDigits() {
    assertThat(Digits.toBengali(2026)).isEqualTo("২০২৬");
    assertThat(Digits.toBengali("40 জন")).isEqualTo("৪০ জন");
  }
}
