package org.redheart.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.redheart.platform.api.InvalidInput;

class PhonesTest {

  @Test
  void makesBangladeshiMobileNumbersInternational() {
    assertThat(Phones.normalise("01711-123456", "BD")).isEqualTo("+8801711123456");
    assertThat(Phones.normalise("(017) 11 123 456", null)).isEqualTo("+8801711123456");
    assertThat(Phones.normalise("8801711123456", "BD")).isEqualTo("+8801711123456");
    assertThat(Phones.normalise("+880 1711-123456", "BD")).isEqualTo("+8801711123456");
    assertThat(Phones.normalise("00880 1711 123456", "BD")).isEqualTo("+8801711123456");
  }

  @Test
  void acceptsBengaliDigits() {
    assertThat(Phones.normalise("০১৭১১-১২৩৪৫৬", "BD")).isEqualTo("+8801711123456");
  }

  @Test
  void usesTheCountrysCallingCode() {
    assertThat(Phones.normalise("020 7946 0018", "GB")).isEqualTo("+442079460018");
    assertThat(Phones.normalise("(212) 555-0100", "US")).isEqualTo("+12125550100");
    assertThat(Phones.normalise("612 345 678", "ES")).isEqualTo("612345678");
  }

  @Test
  void rejectsTooFewOrTooManyDigits() {
    assertThatThrownBy(() -> Phones.normalise("12345", "ES")).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("6 to 15");
    assertThatThrownBy(() -> Phones.normalise("+1234567890123456", "BD")).isInstanceOf(InvalidInput.class);
  }

  @Test
  void rejectsLetters() {
    assertThatThrownBy(() -> Phones.normalise("call me", "BD"))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("phone"));
  }
}
