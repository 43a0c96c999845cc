package org.redheart.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CountriesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
    "Bangladesh; BD", "bangladesh ; BD", "BD; BD", "bgd; BD", "বাংলাদেশ; BD",
    "UK; GB", "U.K.; GB", "United Kingdom; GB", "England; GB", "যুক্তরাজ্য; GB",
    "USA; US", "U.S.A.; US", "America; US", "United States of America; US", "আমেরিকা; US",
    "Holland; NL", "The Netherlands; NL", "Spain; ES", "españa; ES", "India; IN", "ভারত; IN",
    "Côte d’Ivoire; CI", "Cote d'Ivoire; CI", "Burma; MM", "Myanmar; MM", "Türkiye; TR",
  })
  void findsCountriesByNameCodeOrAlias(String text, String code) {
    assertThat(Countries.code(text)).contains(code);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
    "Dhaka, Bangladesh; BD", "Alexandria, VA, USA; US", "Alexandria, USA (based in the UK); US",
    "USA (based in the UK); US", "London, UK; GB", "Madrid, Spain; ES", "Dhaka and Kurigram, Bangladesh; BD",
    "Spain; ES", "India; IN", "ঢাকা, বাংলাদেশ; BD",
  })
  void findsTheCountryOfAPlace(String place, String code) {
    assertThat(Countries.codeOfPlace(place)).contains(code);
  }

  @Test
  void knowsNoCountryOfAPlaceWithoutOne() {
    assertThat(Countries.codeOfPlace("Dhaka")).isEmpty();
    assertThat(Countries.codeOfPlace("Somewhere, Atlantis")).isEmpty();
    assertThat(Countries.codeOfPlace("")).isEmpty();
    assertThat(Countries.codeOfPlace(null)).isEmpty();
  }

  @Test
  void knowsNothingOfUnknownCountries() {
    assertThat(Countries.code("Bangladeshh")).isEmpty();
    assertThat(Countries.code("  ")).isEmpty();
    assertThat(Countries.code(null)).isEmpty();
  }

  @Test
  void namesCountriesInEnglish() {
    assertThat(Countries.name("BD")).isEqualTo("Bangladesh");
    assertThat(Countries.name("gb")).isEqualTo("United Kingdom");
  }

  @Test
  void defaultsTheTimeZoneFromTheCountry() {
    assertThat(Countries.defaultZone("BD")).contains("Asia/Dhaka");
    assertThat(Countries.defaultZone("ES")).contains("Europe/Madrid");
    assertThat(Countries.defaultZone("XX")).isEmpty();
  }

  @Test
  void everyDefaultZoneIsOneTheJvmKnows() {
    for (String code : Locale.getISOCountries()) {
      Countries.defaultZone(code).ifPresent(ZoneId::of);
    }
  }
}
