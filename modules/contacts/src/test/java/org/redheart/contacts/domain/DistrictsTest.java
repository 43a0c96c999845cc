package org.redheart.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistrictsTest {

  @Test
  void listsSixtyFourDistricts() {
    assertThat(Districts.all()).hasSize(64).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
    "Chittagong; Chattogram", "chattogram; Chattogram", "চট্টগ্রাম; Chattogram",
    "Comilla; Cumilla", "Barisal; Barishal", "Jessore; Jashore", "Bogra; Bogura", "বগুড়া; Bogura",
    "DHAKA; Dhaka", "ঢাকা; Dhaka", "Dhaka District; Dhaka", "ঢাকা জেলা; Dhaka",
    "Coxs Bazar; Cox's Bazar", "cox’s bazar; Cox's Bazar", "Chapainawabganj; Chapai Nawabganj",
    "Moulvi Bazar; Moulvibazar", "নারায়ণগঞ্জ; Narayanganj",
  })
  void normalisesSpellingsOfDistricts(String text, String canonical) {
    assertThat(Districts.normalise(text)).isEqualTo(canonical);
  }

  @Test
  void keepsAnUnknownDistrictAsEntered() {
    assertThat(Districts.normalise("  Kolkata  North ")).isEqualTo("Kolkata North");
    assertThat(Districts.normalise(" ")).isNull();
  }
}
