package org.redheart.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.redheart.materials.api.ConcernInput;
import org.redheart.materials.api.ConcernKind;
import org.redheart.materials.api.ConcernSubject;
import org.redheart.materials.api.ReferralInput;
import org.redheart.materials.api.ReferralTarget;
import org.redheart.platform.api.InvalidInput;
import org.redheart.safeguarding.api.SafeguardingCheck;
import org.junit.jupiter.api.Test;

class ConcernRulesTest {
  private static final SafeguardingCheck CHECK = SafeguardingCheck.standard();
  private final ConcernRules rules = new ConcernRules(CHECK::check);
  private final LocalDate today = LocalDate.of(2027, 2, 10);

  @Test
  void acceptsAConcernSaidInGeneralTerms() {
    ConcernRules.Raised raised = rules.raised(new ConcernInput(ConcernSubject.MATERIAL, " m-1 ", ConcernKind.CONTENT_CONCERN,
        "  The photo shows a child's face next to the venue; it should come down.  "));

    assertThat(raised.subjectId()).isEqualTo("m-1");
    assertThat(raised.summary()).isEqualTo("The photo shows a child's face next to the venue; it should come down.");
  }

  @Test
  void refusesASummaryNamingATwelveYearOldAndHerSchool() {
    assertThatThrownBy(() -> rules.raised(new ConcernInput(ConcernSubject.MEETING, "m-1", ConcernKind.DISCLOSURE,
        "Rina, a 12-year-old girl from Motijheel Girls School, was abused by her uncle.")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> {
          assertThat(e.fieldErrors()).containsOnlyKeys("summary");
          assertThat(e.fieldErrors().get("summary")).startsWith("write no detail of the child here")
              .contains("a child who can be identified").contains("a school's name").doesNotContain("Rina");
        });
  }

  @Test
  void refusesAPhoneNumberInTheSummary() {
    assertThatThrownBy(() -> rules.raised(new ConcernInput(ConcernSubject.MEETING, "m-1", ConcernKind.CONTENT_CONCERN,
        "Call her mother on 01711-123456 about it.")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get("summary")).contains("a phone number"));
  }

  @Test
  void acceptsTheHelplineInANote() {
    ConcernRules.Referral referral = rules.referral(new ReferralInput(ReferralTarget.CHILD_HELPLINE_1098, null, "CHL-2027-0042",
        today, "Called the child helpline 1098, case logged."), today);

    assertThat(referral.reference()).isEqualTo("CHL-2027-0042");
  }

  @Test
  void refusesADisclosureOnAMaterial() {
    assertThatThrownBy(() -> rules.raised(new ConcernInput(ConcernSubject.MATERIAL, "m-1", ConcernKind.DISCLOSURE,
        "Something was said.")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("kind"));
  }

  @Test
  void namesEveryMissingField() {
    assertThatThrownBy(() -> rules.raised(new ConcernInput(null, " ", null, "")))
        .isInstanceOfSatisfying(InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("subject", "subjectId", "kind", "summary"));
  }

  @Test
  void refusesASummaryOverAThousandCharacters() {
    assertThatThrownBy(() -> rules.raised(new ConcernInput(ConcernSubject.MEETING, "m-1", ConcernKind.CONTENT_CONCERN,
        "a".repeat(1001))))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get("summary")).contains("1000"));
  }

  @Test
  void aPartnerReferralNeedsTheOrganisationAndTheDay() {
    assertThatThrownBy(() -> rules.referral(new ReferralInput(ReferralTarget.PARTNER_ORGANISATION, " ", null, null, null), today))
        .isInstanceOfSatisfying(InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("organisation", "referredOn"));
  }

  @Test
  void notReferringNeedsAReasonAndNoDay() {
    assertThatThrownBy(() -> rules.referral(new ReferralInput(ReferralTarget.NOT_REFERRED, null, null, null, " "), today))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("note"));
    assertThat(rules.referral(new ReferralInput(ReferralTarget.NOT_REFERRED, null, null, null,
        "The item was a stock photo; no child is at risk."), today).referredOn()).isNull();
  }

  @Test
  void refusesAReferralDayInTheFuture() {
    assertThatThrownBy(() -> rules.referral(new ReferralInput(ReferralTarget.POLICE, null, "GD 123", today.plusDays(1), null), today))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("referredOn"));
  }

  @Test
  void anOutcomeIsRequiredAndCheckedLikeASummary() {
    assertThatThrownBy(() -> rules.outcome(null))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("outcome"));
    assertThatThrownBy(() -> rules.outcome("She lives at House 12, Road 5, Dhanmondi."))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get("outcome")).startsWith("write no detail"));
    assertThat(rules.outcome("The helpline took the case; the post stays withdrawn.")).isNotBlank();
  }
}
