package org.redheart.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redheart.safeguarding.api.Category;
import org.redheart.safeguarding.api.CheckInput;
import org.redheart.safeguarding.api.Finding;
import org.redheart.safeguarding.api.SafeguardingCheck;

class ExcerptMaskingTest {

  @Test
  void noStoredExcerptOfAPostAboutAChildNamesTheChild() {
    String post = "Rina is a 12-year-old girl from our school club; her tutor sexually abused her for months.";
    List<Finding> findings = SafeguardingCheck.standard().check(new CheckInput(post, List.of(), Set.of()));

    assertThat(findings).extracting(Finding::category).contains(Category.MINOR_IDENTIFIED, Category.DISCLOSURE);
    for (Finding f : findings) {
      FindingEntry stored = new FindingEntry("v", f, null);
      assertThat(stored.toView().maskedExcerpt()).doesNotContain("Rina").doesNotContain("12-year-old");
    }
  }

  @Test
  void masksCapitalisedWordsOnlyInFindingsAboutAPerson() {
    assertThat(ExcerptMasking.mask(Category.MINOR_IDENTIFIED, "Rina is a ••-••••-••• girl"))
        .isEqualTo("R••• is a ••-••••-••• girl");
    assertThat(ExcerptMasking.mask(Category.DISCLOSURE, "…her uncle O'Neil a•••••• her"))
        .isEqualTo("…her uncle O'•••• a•••••• her");
    assertThat(ExcerptMasking.mask(Category.PHONE, "Call Rahim on 0•••••••••")).isEqualTo("Call Rahim on 0•••••••••");
    assertThat(ExcerptMasking.mask(Category.MINOR_IDENTIFIED, "১২ বছরের মেয়ে")).isEqualTo("১২ বছরের মেয়ে");
  }
}
