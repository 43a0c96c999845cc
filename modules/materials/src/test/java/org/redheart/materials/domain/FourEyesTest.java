package org.redheart.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;

class FourEyesTest {

  @Test
  void offersTheApprovalToSupervisorsWhoDidNotEditTheVersion() {
    assertThat(FourEyes.eligible(List.of("a", "b", "c", "b"), Set.of("a"), 10)).containsExactly("b", "c");
    assertThat(FourEyes.eligible(List.of("a"), Set.of("a"), 10)).isEmpty();
    assertThat(FourEyes.eligible(List.of("a", "b", "c"), Set.of(), 2)).containsExactly("a", "b");
  }

  @Test
  void rejectsApprovalByAnEditorEvenASupervisor() {
    assertThatThrownBy(() -> FourEyes.checkApprover("a", true, Set.of("a", "o")))
        .isInstanceOf(Forbidden.class).hasMessageContaining("you edited this version");
  }

  @Test
  void rejectsApprovalBySomeoneWhoIsNoSupervisorOfTheCampaign() {
    assertThatThrownBy(() -> FourEyes.checkApprover("b", false, Set.of("a")))
        .isInstanceOf(Forbidden.class).hasMessageContaining("supervisor");
    FourEyes.checkApprover("b", true, Set.of("a"));
  }

  @Test
  void blocksWhileFindingsAreNotClearedThenWhilePhotosAreNotAttested() {
    assertThatThrownBy(() -> FourEyes.checkApprovable(true, List.of("a.jpg")))
        .isInstanceOf(Conflict.class).hasMessageContaining("safeguarding lead");
    assertThatThrownBy(() -> FourEyes.checkApprovable(false, List.of("a.jpg", "b.png")))
        .isInstanceOf(Conflict.class).hasMessageContaining("a.jpg, b.png");
    FourEyes.checkApprovable(false, List.of());
  }
}
