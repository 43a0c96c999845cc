package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.InvalidInput;

class StepDeadlinesTest {

  @Test
  void defaultsAreTheIssuesFiguresForTheStepsItNames() {
    StepDeadlines defaults = StepDeadlines.defaults();

    assertThat(defaults.offsetDays(Step.WRITE_CONCEPT_NOTE)).isEqualTo(-21);
    assertThat(defaults.offsetDays(Step.APPROVE_CONCEPT_NOTE)).isEqualTo(-18);
    assertThat(defaults.offsetDays(Step.INVITE_SPEAKERS)).isEqualTo(-14);
    assertThat(defaults.offsetDays(Step.PREPARE_LOGISTICS)).isEqualTo(-7);
    assertThat(defaults.offsetDays(Step.WRITE_REPORT)).isEqualTo(3);
    assertThat(defaults.offsetDays(Step.PUBLISH_SOCIAL_POST)).isEqualTo(6);
  }

  @Test
  void defaultsGiveEveryStepADeadlineThatPassesTheirOwnRules() {
    Map<Step, Integer> offsets = StepDeadlines.defaults().asMap();

    assertThat(offsets).containsOnlyKeys(Step.values());
    assertThat(StepDeadlines.of(offsets)).isEqualTo(StepDeadlines.defaults());
    assertThat(offsets.keySet()).containsExactly(Step.values());
  }

  @Test
  void theMeetingItselfAndWhatFollowsAreDueOnOrAfterTheMeetingDay() {
    StepDeadlines defaults = StepDeadlines.defaults();

    assertThat(defaults.offsetDays(Step.RECORD_ATTENDANCE)).isZero();
    assertThat(defaults.offsetDays(Step.ASSIGN_BREAKOUT_GROUPS)).isZero();
    assertThat(defaults.offsetDays(Step.RECORD_FINDINGS)).isEqualTo(1);
    assertThat(defaults.offsetDays(Step.REVIEW_REPORT)).isEqualTo(4);
    assertThat(defaults.offsetDays(Step.PUBLISH_SOCIAL_POST)).isEqualTo(6);
  }

  @Test
  void rejectsOffsetsOutOfOrderNamingTheLaterStep() {
    Map<Step, Integer> offsets = defaultsWith(Step.APPROVE_CONCEPT_NOTE, -25);

    Map<String, String> errors = errorsOf(offsets);

    assertThat(errors).containsOnlyKeys("deadlines.APPROVE_CONCEPT_NOTE");
    assertThat(errors.get("deadlines.APPROVE_CONCEPT_NOTE"))
        .contains("T-25")
        .contains("\"write concept note\" (T-21)")
        .contains("a later step is never due before an earlier one");
  }

  @Test
  void reportsEveryStepOutOfOrderAtOnce() {
    Map<Step, Integer> offsets = defaultsWith(Step.INVITE_SPEAKERS, -20);
    offsets.put(Step.REVIEW_REPORT, 2);

    assertThat(errorsOf(offsets)).containsOnlyKeys("deadlines.INVITE_SPEAKERS", "deadlines.REVIEW_REPORT");
  }

  @Test
  void acceptsTwoStepsDueOnTheSameDay() {
    StepDeadlines sameDay = StepDeadlines.of(defaultsWith(Step.APPROVE_CONCEPT_NOTE, -21));

    assertThat(sameDay.offsetDays(Step.APPROVE_CONCEPT_NOTE)).isEqualTo(-21);
  }

  @Test
  void rejectsAStepWithoutADeadline() {
    Map<Step, Integer> offsets = new EnumMap<>(StepDeadlines.defaults().asMap());
    offsets.remove(Step.WRITE_REPORT);
    offsets.put(Step.RECORD_FINDINGS, null);

    assertThat(errorsOf(offsets)).containsOnlyKeys("deadlines.WRITE_REPORT", "deadlines.RECORD_FINDINGS");
    assertThat(errorsOf(null)).hasSize(Step.values().length);
  }

  @Test
  void rejectsAPreparationStepDueAfterTheMeetingDay() {
    Map<String, String> errors = errorsOf(defaultsWith(Step.PREPARE_LOGISTICS, 1));

    assertThat(errors).containsOnlyKeys("deadlines.PREPARE_LOGISTICS");
    assertThat(errors.get("deadlines.PREPARE_LOGISTICS")).contains("on or before the meeting day");
  }

  @Test
  void rejectsAStepAtTheMeetingDueBeforeTheMeetingDay() {
    Map<String, String> errors = errorsOf(defaultsWith(Step.RECORD_ATTENDANCE, -1));

    assertThat(errors).containsOnlyKeys("deadlines.RECORD_ATTENDANCE");
    assertThat(errors.get("deadlines.RECORD_ATTENDANCE")).contains("on or after the meeting day");
  }

  @Test
  void rejectsADeadlineMoreThanAYearFromTheMeeting() {
    assertThat(errorsOf(defaultsWith(Step.WRITE_CONCEPT_NOTE, -366))).containsOnlyKeys("deadlines.WRITE_CONCEPT_NOTE");
    assertThat(errorsOf(defaultsWith(Step.PUBLISH_SOCIAL_POST, 366))).containsOnlyKeys("deadlines.PUBLISH_SOCIAL_POST");
    assertThat(StepDeadlines.of(defaultsWith(Step.WRITE_CONCEPT_NOTE, -365)).offsetDays(Step.WRITE_CONCEPT_NOTE))
        .isEqualTo(-365);
  }

  @Test
  void changingOneStepIsCheckedLikeAWholeSet() {
    StepDeadlines longer = StepDeadlines.defaults().with(Step.WRITE_CONCEPT_NOTE, -28);

    assertThat(longer.offsetDays(Step.WRITE_CONCEPT_NOTE)).isEqualTo(-28);
    assertThat(StepDeadlines.defaults().offsetDays(Step.WRITE_CONCEPT_NOTE)).isEqualTo(-21);
    InvalidInput e =
        catchThrowableOfType(() -> StepDeadlines.defaults().with(Step.INVITE_SPEAKERS, -19), InvalidInput.class);
    assertThat(e.fieldErrors()).containsOnlyKeys("deadlines.INVITE_SPEAKERS");
  }

  @Test
  void offsetsReadAsPeopleWriteThem() {
    assertThat(StepDeadlines.label(-21)).isEqualTo("T-21");
    assertThat(StepDeadlines.label(0)).isEqualTo("T+0");
    assertThat(StepDeadlines.label(3)).isEqualTo("T+3");
  }

  private static Map<Step, Integer> defaultsWith(Step step, int days) {
    Map<Step, Integer> offsets = new EnumMap<>(StepDeadlines.defaults().asMap());
    offsets.put(step, days);
    return offsets;
  }

  private static Map<String, String> errorsOf(Map<Step, Integer> offsets) {
    InvalidInput e = catchThrowableOfType(() -> StepDeadlines.of(offsets), InvalidInput.class);
    assertThat(e).as("rejected").isNotNull();
    return e.fieldErrors();
  }
}
