package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeCodesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
    "Prevention of Child Sexual Abuse, Exploitation and Trafficking; A",
    "Preventive measures to stop child exploitation; A",
    "Access to Child Protection for Victims; B",
    "Reintegration of Child Victims; C",
    "Safety measures against online child exploitation; D",
    "Challenges and remedies related to child protection; D",
    "শিশু যৌন নির্যাতন প্রতিরোধ; A",
  })
  void suggestsTheStandardCodesFromTheThemeText(String theme, String code) {
    assertThat(ThemeCodes.suggest(theme, Set.of())).isEqualTo(code);
  }

  @Test
  void givesOtherThemesTheNextFreeCodeFromD() {
    assertThat(ThemeCodes.suggest("Assistance to child victims", Set.of("A", "D"))).isEqualTo("E");
    assertThat(ThemeCodes.suggest(null, Set.of())).isEqualTo("D");
  }

  @Test
  void aSecondGroupOnAStandardThemeGetsAnotherCode() {
    assertThat(ThemeCodes.suggest("Prevention in schools", Set.of("A"))).isEqualTo("D");
  }
}
