package org.redheart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {
  @Test
  void rejectsApprovalByTheAuthor() {
    assertThat(ReviewRules.whyNotReviewer("a", true, Set.of("a"))).contains("another supervisor");
  }

  @Test
  void rejectsApprovalBySomeoneWhoResolvedOrEditedIt() {
    assertThat(ReviewRules.whyNotReviewer("b", true, Set.of("a", "b"))).contains("four-eyes");
  }

  @Test
  void rejectsApprovalByWhoIsNotASupervisorOfTheCampaign() {
    assertThat(ReviewRules.whyNotReviewer("c", false, Set.of("a"))).contains("Only a supervisor");
  }

  @Test
  void anotherSupervisorOfTheCampaignMayReview() {
    assertThat(ReviewRules.whyNotReviewer("b", true, Set.of("a"))).isNull();
  }

  @Test
  void approvalWaitsForEveryCheckToBeResolved() {
    assertThat(ReviewRules.whyNotApprovable(2)).startsWith("2 item(s) of data to check are still open");
    assertThat(ReviewRules.whyNotApprovable(0)).isNull();
  }
}
