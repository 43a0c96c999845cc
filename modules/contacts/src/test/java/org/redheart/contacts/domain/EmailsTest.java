package org.redheart.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redheart.platform.api.InvalidInput;

class EmailsTest {

  @Test
  void lowerCasesAndTrims() {
    assertThat(Emails.normalise("  Rahima.Khatun@Example.ORG ")).isEqualTo("rahima.khatun@example.org");
    assertThat(Emails.normalise("mailto:a+b@x.com.bd")).isEqualTo("a+b@x.com.bd");
    assertThat(Emails.normalise("<a@x.org>")).isEqualTo("a@x.org");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rahima", "rahima@", "@example.org", "a@b", "a b@example.org", "a@@example.org",
      "a@example..org", ".a@example.org", "a.@example.org", "Rahima <a@x.org>", "a@-x.org", "a@x.o"})
  void rejectsWhatIsNoAddress(String text) {
    assertThatThrownBy(() -> Emails.normalise(text))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("email"))
        .hasMessageContaining("is not an e-mail address");
  }

  @Test
  void namesTheFieldItWasGiven() {
    assertThatThrownBy(() -> Emails.normalise("x", "emails[2]"))
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("emails[2]"));
  }
}
