package org.redheart.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.redheart.materials.api.PrintRuns.DistributionInput;
import org.redheart.materials.api.PrintRuns.PrintRunInput;
import org.redheart.materials.api.PrintRuns.TargetKind;
import org.redheart.platform.api.InvalidInput;

class PrintRulesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void acceptsAPrintRunOf500BadgesPrintedToday() {
    assertThatCode(() -> PrintRules.check(new PrintRunInput(0, 500, TODAY, "Dhaka Press", null), TODAY))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAPrintRunWithABadQuantityOrAFutureDateNamingTheFields() {
    assertThatThrownBy(() -> PrintRules.check(new PrintRunInput(0, 0, TODAY.plusDays(1), null, null), TODAY))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors())
            .containsEntry("quantity", "must be between 1 and 1,000,000")
            .containsEntry("printedOn", "must not be in the future"));
    assertThatThrownBy(() -> PrintRules.check(new PrintRunInput(-1, 1_000_001, null, "x".repeat(201), null), TODAY))
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors())
            .containsOnlyKeys("versionNumber", "quantity", "printedOn", "printer"));
  }

  @Test
  void anEventNeedsItsNameAndAMeetingOrOrganisationItsId() {
    assertThatThrownBy(() -> PrintRules.check(
        new DistributionInput(0, 10, TargetKind.EVENT, null, " ", TODAY, null), TODAY))
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("targetName"));
    assertThatThrownBy(() -> PrintRules.check(
        new DistributionInput(0, 10, TargetKind.MEETING, null, null, TODAY, null), TODAY))
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("targetId"));
    assertThatThrownBy(() -> PrintRules.check(
        new DistributionInput(0, 10, TargetKind.ORGANISATION, "", null, TODAY, null), TODAY))
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("targetId"));
    assertThatThrownBy(() -> PrintRules.check(new DistributionInput(0, 10, null, null, null, TODAY, null), TODAY))
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("targetKind"));
    assertThatCode(() -> PrintRules.check(
        new DistributionInput(0, 10, TargetKind.EVENT, null, "Children's rights fair", TODAY, null), TODAY))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesADistributionDatedInTheFuture() {
    assertThatThrownBy(() -> PrintRules.check(
        new DistributionInput(0, 10, TargetKind.MEETING, "m-1", null, TODAY.plusDays(2), null), TODAY))
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsOnlyKeys("distributedOn"));
  }
}
