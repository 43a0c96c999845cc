package org.redheart.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redheart.contacts.api.Consent;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.LawfulBasis;

class ConsentRulesTest {
  private static final Instant EARLY = Instant.parse("2026-01-01T10:00:00Z");
  private static final Instant LATE = Instant.parse("2026-06-01T10:00:00Z");

  private static Consent consent(boolean granted, Instant at) {
    return new Consent(ConsentPurpose.BULLETIN, granted, LawfulBasis.CONSENT, "test", at, "u1");
  }

  @Test
  void keepsTheNewerDecisionWhenMerging() {
    Consent grantedEarly = consent(true, EARLY);
    Consent withdrawnLate = consent(false, LATE);
    assertThat(ConsentRules.newer(grantedEarly, withdrawnLate)).isEqualTo(withdrawnLate);
    assertThat(ConsentRules.newer(withdrawnLate, grantedEarly)).isEqualTo(withdrawnLate);
    Consent withdrawnEarly = consent(false, EARLY);
    Consent grantedLate = consent(true, LATE);
    assertThat(ConsentRules.newer(withdrawnEarly, grantedLate)).isEqualTo(grantedLate);
  }

  @Test
  void keepsTheWithdrawalOnATie() {
    assertThat(ConsentRules.newer(consent(true, EARLY), consent(false, EARLY)).granted()).isFalse();
    assertThat(ConsentRules.newer(consent(false, EARLY), consent(true, EARLY)).granted()).isFalse();
  }

  @Test
  void keepsWhicheverWasRecorded() {
    Consent c = consent(true, EARLY);
    assertThat(ConsentRules.newer(null, c)).isEqualTo(c);
    assertThat(ConsentRules.newer(c, null)).isEqualTo(c);
  }
}
