package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.FieldSpec;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.InvalidInput;

class StepRulesTest {

  private static final boolean COMPLETION = true;
  private static final boolean DRAFT = false;

  @Test
  void keepsTheFieldsOfACompleteStepTrimmed() {
    Map<String, String> checked =
        StepRules.check(Step.WRITE_REPORT, Map.of("report", "  Forty people came  "), COMPLETION);

    assertThat(checked).containsExactly(Map.entry("report", "Forty people came"));
  }

  @Test
  void refusesToCompleteAStepWithoutItsRequiredFields() {
    assertThat(errorsOf(Step.WRITE_CONCEPT_NOTE, Map.of("context", "Floods in Sylhet"), COMPLETION))
        .containsOnlyKeys("purpose", "targetCategories", "modality", "plannedGroups", "expectedParticipants",
            "roomCapacity", "speakersWanted");
  }

  @Test
  void treatsABlankFieldAsMissing() {
    assertThat(errorsOf(Step.WRITE_REPORT, Map.of("report", " \n\t "), COMPLETION)).containsOnlyKeys("report");
  }

  @Test
  void treatsNoInputAtAllAsEveryRequiredFieldMissing() {
    assertThat(errorsOf(Step.WRITE_REPORT, null, COMPLETION)).containsOnlyKeys("report");
  }

  @Test
  void letsADraftLeaveRequiredFieldsEmpty() {
    assertThat(StepRules.check(Step.WRITE_CONCEPT_NOTE, Map.of("context", "Floods"), DRAFT))
        .containsExactly(Map.entry("context", "Floods"));
    assertThat(StepRules.check(Step.RECORD_ATTENDANCE, Map.of(), DRAFT)).isEmpty();
  }

  @Test
  void turnsBengaliDigitsInANumberIntoAsciiDigits() {
    Map<String, String> checked =
        StepRules.check(Step.RECORD_ATTENDANCE, Map.of("attendedCount", "৫০"), COMPLETION);

    assertThat(checked).containsEntry("attendedCount", "50");
  }

  @Test
  void writesANumberWithoutLeadingZeros() {
    assertThat(StepRules.check(Step.RECORD_ATTENDANCE, Map.of("attendedCount", "007"), COMPLETION))
        .containsEntry("attendedCount", "7");
  }

  @Test
  void refusesANumberOutsideItsBounds() {
    assertThat(errorsOf(Step.RECORD_ATTENDANCE, Map.of("attendedCount", "-1"), COMPLETION))
        .containsOnly(Map.entry("attendedCount", "must be between 0 and 100000"));
    assertThat(errorsOf(Step.RECORD_ATTENDANCE, Map.of("attendedCount", "১০০০০১"), COMPLETION))
        .containsOnlyKeys("attendedCount");
  }

  @Test
  void acceptsTheBoundsOfANumber() {
    assertThat(StepRules.check(Step.RECORD_ATTENDANCE, Map.of("attendedCount", "0"), COMPLETION))
        .containsEntry("attendedCount", "0");
    assertThat(StepRules.check(Step.RECORD_ATTENDANCE, Map.of("attendedCount", "100000"), COMPLETION))
        .containsEntry("attendedCount", "100000");
  }

  @Test
  void refusesANumberThatIsNotAWholeNumber() {
    assertThat(errorsOf(Step.RECORD_ATTENDANCE, Map.of("attendedCount", "about 50"), COMPLETION))
        .containsOnly(Map.entry("attendedCount", "must be a whole number"));
    assertThat(errorsOf(Step.RECORD_ATTENDANCE, Map.of("attendedCount", "12.5"), COMPLETION))
        .containsOnlyKeys("attendedCount");
  }

  @Test
  void stillRefusesANumberOutOfBoundsInADraft() {
    assertThat(errorsOf(Step.RECORD_ATTENDANCE, Map.of("attendedCount", "-3"), DRAFT))
        .containsOnlyKeys("attendedCount");
  }

  @Test
  void refusesATextLongerThanItsField() {
    assertThat(errorsOf(Step.WRITE_REPORT, Map.of("report", "x".repeat(10_001)), COMPLETION))
        .containsOnly(Map.entry("report", "must be at most 10000 characters"));
  }

  @Test
  void acceptsOnlyYesOrNoForAChecklistItem() {
    assertThat(StepRules.check(Step.PREPARE_LOGISTICS, Map.of("checklist", "Banner | YES\nSound system"), COMPLETION))
        .containsEntry("checklist", "Banner | yes\nSound system | no");
    assertThat(errorsOf(Step.PREPARE_LOGISTICS, Map.of("checklist", "Banner | maybe"), COMPLETION))
        .containsOnly(Map.entry("checklist", "line 1: must end with | yes or | no"));
  }

  @Test
  void acceptsAnApprovalWithoutAComment() {
    assertThat(StepRules.check(Step.APPROVE_CONCEPT_NOTE, Map.of(FieldSpec.DECISION, FieldSpec.APPROVE), COMPLETION))
        .containsExactly(Map.entry(FieldSpec.DECISION, FieldSpec.APPROVE));
  }

  @Test
  void refusesARequestForChangesWithoutAComment() {
    assertThat(errorsOf(Step.REVIEW_REPORT, Map.of(FieldSpec.DECISION, FieldSpec.REQUEST_CHANGES), COMPLETION))
        .containsOnly(Map.entry(FieldSpec.COMMENT, "is required when you request changes"));
    assertThat(errorsOf(
            Step.REVIEW_REPORT,
            Map.of(FieldSpec.DECISION, FieldSpec.REQUEST_CHANGES, FieldSpec.COMMENT, "  "),
            COMPLETION))
        .containsOnlyKeys(FieldSpec.COMMENT);
  }

  @Test
  void acceptsARequestForChangesWithAComment() {
    Map<String, String> checked =
        StepRules.check(
            Step.APPROVE_CONCEPT_NOTE,
            Map.of(FieldSpec.DECISION, FieldSpec.REQUEST_CHANGES, FieldSpec.COMMENT, "Name the speakers"),
            COMPLETION);

    assertThat(checked)
        .containsEntry(FieldSpec.DECISION, FieldSpec.REQUEST_CHANGES)
        .containsEntry(FieldSpec.COMMENT, "Name the speakers");
  }

  @Test
  void letsADraftOfARequestForChangesWaitForItsComment() {
    assertThat(StepRules.check(Step.APPROVE_CONCEPT_NOTE, Map.of(FieldSpec.DECISION, FieldSpec.REQUEST_CHANGES), DRAFT))
        .containsOnlyKeys(FieldSpec.DECISION);
  }

  @Test
  void refusesADecisionOtherThanApproveOrRequestChanges() {
    assertThat(errorsOf(Step.APPROVE_CONCEPT_NOTE, Map.of(FieldSpec.DECISION, "reject"), COMPLETION))
        .containsOnlyKeys(FieldSpec.DECISION);
  }

  @Test
  void dropsFieldsThatTheStepDoesNotHave() {
    Map<String, String> checked =
        StepRules.check(
            Step.WRITE_REPORT,
            Map.of("report", "Forty people came", "decision", "approve", "assignee", "mallory"),
            COMPLETION);

    assertThat(checked).containsOnlyKeys("report");
  }

  @Test
  void reportsEveryBrokenFieldAtOnce() {
    assertThat(errorsOf(
            Step.PREPARE_LOGISTICS,
            Map.of("checklist", "Banner | perhaps", "logisticsNotes", "x".repeat(10_001)),
            COMPLETION))
        .containsOnlyKeys("checklist", "logisticsNotes");
  }

  @Test
  void recordsTheDecisionAsTheOutcomeOfAnApproval() {
    assertThat(StepRules.outcome(Step.REVIEW_REPORT, Map.of(FieldSpec.DECISION, FieldSpec.REQUEST_CHANGES)))
        .isEqualTo(FieldSpec.REQUEST_CHANGES);
  }

  @Test
  void recordsDoneAsTheOutcomeOfAnyOtherStep() {
    assertThat(StepRules.outcome(Step.WRITE_REPORT, Map.of("report", "Forty people came"))).isEqualTo("done");
  }

  private static Map<String, String> errorsOf(Step step, Map<String, String> input, boolean forCompletion) {
    InvalidInput refused =
        catchThrowableOfType(InvalidInput.class, () -> StepRules.check(step, input, forCompletion));
    assertThat(refused).as("the input should have been refused").isNotNull();
    return refused.fieldErrors();
  }
}
