package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.BreakoutGroups.Theme;
import org.redheart.platform.api.InvalidInput;

class GroupPlanRulesTest {

  private static final String THEMES = "A | Prevention\nB | Access to child protection\r\n\nC | Reintegration\n";

  @Test
  void readsTheConceptNotesThemeLines() {
    assertThat(GroupPlanRules.themes(THEMES)).containsExactly(
        new Theme("A", "Prevention"), new Theme("B", "Access to child protection"), new Theme("C", "Reintegration"));
  }

  @Test
  void aLineWithoutCodeGetsItsLetter() {
    assertThat(GroupPlanRules.themes("A | Prevention\nSafe migration and trafficking\nD"))
        .containsExactly(new Theme("A", "Prevention"), new Theme("B", "Safe migration and trafficking"), new Theme("D", null));
    assertThat(GroupPlanRules.themes(null)).isEmpty();
  }

  @Test
  void plannedGroupsComeFromTheNoteElseFromItsThemes() {
    List<Theme> themes = GroupPlanRules.themes(THEMES);
    assertThat(GroupPlanRules.planned("4", themes)).isEqualTo(4);
    assertThat(GroupPlanRules.planned("৩", themes)).isEqualTo(3);
    assertThat(GroupPlanRules.planned("", themes)).isEqualTo(3);
    assertThat(GroupPlanRules.planned("0", List.of())).isZero();
  }

  @Test
  void moreGroupsThanThemesTakeTheThemesAgain() {
    List<Theme> themes = GroupPlanRules.themes(THEMES);
    assertThat(GroupPlanRules.groupThemes(4, themes)).extracting(Theme::code).containsExactly("A", "B", "C", "A");
    assertThat(GroupPlanRules.groupThemes(2, List.of())).extracting(Theme::code).containsExactly("A", "B");
  }

  @Test
  void moreGroupsThanAttendeesIsAFieldError() {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    assertThat(GroupPlanRules.groupCount(5, 3, 4, errors)).isZero();
    assertThat(fieldErrors(errors)).containsExactly(
        Map.entry("groupCount", "5 groups for 4 attendees: there cannot be more groups than attendees"));
  }

  @Test
  void noPlannedGroupsAsksForANumber() {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    GroupPlanRules.groupCount(null, 0, 10, errors);
    assertThat(fieldErrors(errors)).containsOnlyKeys("groupCount");
    InvalidInput.Collector ok = new InvalidInput.Collector();
    assertThat(GroupPlanRules.groupCount(null, 3, 10, ok)).isEqualTo(3);
    assertThat(GroupPlanRules.groupCount(2, 3, 10, ok)).isEqualTo(2);
    ok.throwIfAny();
  }

  private static Map<String, String> fieldErrors(InvalidInput.Collector errors) {
    try {
      errors.throwIfAny();
      return Map.of();
    } catch (InvalidInput e) {
      return e.fieldErrors();
    }
  }
}
