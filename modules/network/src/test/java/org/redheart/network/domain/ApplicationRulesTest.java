package org.redheart.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.redheart.network.api.ApplicationForm;
import org.redheart.network.api.MemberKind;
import org.redheart.platform.api.InvalidInput;

class ApplicationRulesTest {

  static ApplicationForm form(String name, String email, String phone) {
    return new ApplicationForm(MemberKind.INDIVIDUAL, name, null, email, phone, "Bangladesh", "Dhaka", 4L, false, null, "bn",
        false, null);
  }

  @Test
  void acceptsAPhoneInBengaliDigitsAndStoresItInAsciiDigits() {
    ApplicationRules.Clean clean = ApplicationRules.check(form("রহিমা খাতুন", "rahima@example.org", "০১৭১১-১২৩ ৪৫৬"));

    assertThat(clean.phone()).isEqualTo("01711123456");
    assertThat(clean.name()).isEqualTo("রহিমা খাতুন");
    assertThat(clean.language()).isEqualTo("bn");
  }

  @Test
  void namesEveryFieldThatBreaksARule() {
    ApplicationForm bad = new ApplicationForm(null, " ", null, "not-an-address", "call me", null, null, null, false, null,
        "fr", false, null);

    assertThatThrownBy(() -> ApplicationRules.check(bad))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("kind", "name", "email", "phone", "country", "categoryId", "language"));
  }

  @Test
  void leavesOptionalFieldsEmpty() {
    ApplicationRules.Clean clean = ApplicationRules.check(form("Rahima", "rahima@example.org", " "));

    assertThat(clean.phone()).isNull();
    assertThat(clean.organisationName()).isNull();
  }

  @Test
  void rejectsADeclineWithoutAReason() {
    assertThatThrownBy(() -> ApplicationRules.reason("  "))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
    assertThat(ApplicationRules.reason(" Not in our area. ")).isEqualTo("Not in our area.");
  }
}
