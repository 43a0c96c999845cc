package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.InvalidInput;

/** The concept note's rules: what other helpers' payload must pass, and every bad input refused by field. */
class ConceptNoteRulesTest {

  /** The payload the other areas' tests complete the concept note with (a contract). */
  static Map<String, String> contractPayload() {
    Map<String, String> f = new HashMap<>();
    f.put("purpose", "Raise awareness");
    f.put("context", "Third stakeholder meeting");
    f.put("targetCategories", "4");
    f.put("modality", "ONSITE");
    f.put("agenda", "");
    f.put("themes", "A | Prevention\nB | Access to child protection\nC | Reintegration");
    f.put("plannedGroups", "3");
    f.put("expectedParticipants", "30");
    f.put("roomCapacity", "40");
    f.put("speakersWanted", "2");
    return f;
  }

  @Test
  void acceptsTheContractPayload() {
    Map<String, String> checked = StepRules.check(Step.WRITE_CONCEPT_NOTE, contractPayload(), true);

    assertThat(checked)
        .containsEntry("targetCategories", "4")
        .containsEntry("modality", "ONSITE")
        .containsEntry("themes", "A | Prevention\nB | Access to child protection\nC | Reintegration")
        .doesNotContainKey("agenda");
  }

  @Test
  void normalisesAgendaRowsCategoriesAndModality() {
    Map<String, String> f = contractPayload();
    f.put("agenda", " ১০ |Welcome address| Chair \n\n45 | Breakout session |");
    f.put("targetCategories", " 4, 2,4 ");
    f.put("modality", "hybrid");
    f.put("themes", "a | Prevention");

    Map<String, String> checked = StepRules.check(Step.WRITE_CONCEPT_NOTE, f, true);

    assertThat(checked)
        .containsEntry("agenda", "10 | Welcome address | Chair\n45 | Breakout session | ")
        .containsEntry("targetCategories", "4,2")
        .containsEntry("modality", "HYBRID")
        .containsEntry("themes", "A | Prevention");
    assertThat(StepRules.agendaMinutes(checked.get("agenda"))).isEqualTo(55);
  }

  @Test
  void refusesANoteWithoutPurposeOrAudience() {
    Map<String, String> f = contractPayload();
    f.remove("purpose");
    f.put("targetCategories", " , ");

    assertThat(errorsOf(f)).containsOnlyKeys("purpose", "targetCategories");
  }

  @Test
  void refusesMoreGroupsThanExpectedParticipants() {
    Map<String, String> f = contractPayload();
    f.put("plannedGroups", "31");

    assertThat(errorsOf(f)).containsOnly(Map.entry("plannedGroups", "must not be more than the expected participants (30)"));
  }

  @Test
  void refusesNegativeNumbersAndAnEmptyRoom() {
    Map<String, String> f = contractPayload();
    f.put("speakersWanted", "-1");
    f.put("roomCapacity", "0");

    assertThat(errorsOf(f)).containsOnlyKeys("speakersWanted", "roomCapacity");
  }

  @Test
  void refusesAnAgendaRowWithNegativeOrMissingMinutesNamingTheLine() {
    Map<String, String> f = contractPayload();
    f.put("agenda", "10 | Welcome | Chair\n-5 | Introductions | All");

    assertThat(errorsOf(f)).containsOnly(Map.entry("agenda", "line 2: the minutes must be a whole number of 0 or more"));
  }

  @Test
  void refusesAnAgendaRowWithoutItsItem() {
    Map<String, String> f = contractPayload();
    f.put("agenda", "10 |  | Chair");

    assertThat(errorsOf(f)).containsOnly(Map.entry("agenda", "line 1: the item is required"));
  }

  @Test
  void refusesThemesWithTheSameCodeTwiceOrABadCode() {
    Map<String, String> f = contractPayload();
    f.put("themes", "A | Prevention\na | Again");
    assertThat(errorsOf(f)).containsOnly(Map.entry("themes", "line 2: the code A is used twice"));

    f.put("themes", "A-1 | Prevention");
    assertThat(errorsOf(f)).containsOnlyKeys("themes");
  }

  @Test
  void refusesAnUnknownModality() {
    Map<String, String> f = contractPayload();
    f.put("modality", "BY_POST");

    assertThat(errorsOf(f)).containsOnlyKeys("modality");
  }

  @Test
  void letsADraftBeIncompleteButNotWrong() {
    assertThat(StepRules.check(Step.WRITE_CONCEPT_NOTE, Map.of("plannedGroups", "40", "expectedParticipants", "3"), false))
        .containsOnlyKeys("plannedGroups", "expectedParticipants");
    assertThat(catchThrowableOfType(InvalidInput.class,
        () -> StepRules.check(Step.WRITE_CONCEPT_NOTE, Map.of("agenda", "ten | Welcome"), false)).fieldErrors())
        .containsOnlyKeys("agenda");
  }

  @Test
  void checksLogisticsMaterialsAndLink() {
    Map<String, String> checked = StepRules.check(Step.PREPARE_LOGISTICS,
        Map.of("venue", "CWCS Conference Room", "onlineLink", "https://meet.example.org/x", "materials", "Banners | ৩\nBadges"),
        true);
    assertThat(checked).containsEntry("materials", "Banners | 3\nBadges | 0");

    assertThat(catchThrowableOfType(InvalidInput.class, () -> StepRules.check(Step.PREPARE_LOGISTICS,
        Map.of("materials", "Banners | -2", "onlineLink", "meet.example.org", "venue", "two\nlines"), true)).fieldErrors())
        .containsOnlyKeys("materials", "onlineLink", "venue");
  }

  private static Map<String, String> errorsOf(Map<String, String> input) {
    InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> StepRules.check(Step.WRITE_CONCEPT_NOTE, input, true));
    assertThat(refused).as("the input should have been refused").isNotNull();
    return refused.fieldErrors();
  }
}
