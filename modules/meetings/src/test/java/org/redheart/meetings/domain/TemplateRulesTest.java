package org.redheart.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.api.TemplateInput;
import org.redheart.platform.api.InvalidInput;

class TemplateRulesTest {

  static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    StepDeadlines.defaults().asMap().forEach((s, days) -> d.put(s.name(), Integer.toString(days)));
    return d;
  }

  static TemplateInput input(String agenda, String duration, Map<String, String> deadlines) {
    return new TemplateInput(" Stakeholder ", "Stakeholder meeting", "অংশীজন সভা", "৪০", "2", duration, agenda,
        "A | Prevention\nB | Access\nC | Reintegration", deadlines, true);
  }

  @Test
  void acceptsAGoodTemplateNormalised() {
    TemplateRules.Checked c = TemplateRules.check(input("10 | Welcome address | Chair\n45 | Breakout session | Facilitators", "180", defaults()));

    assertThat(c.code()).isEqualTo("stakeholder");
    assertThat(c.expectedParticipants()).isEqualTo(40);
    assertThat(c.deadlines()).isEqualTo(StepDeadlines.defaults());
    assertThat(c.agenda()).isEqualTo("10 | Welcome address | Chair\n45 | Breakout session | Facilitators");
  }

  @Test
  void refusesAnAgendaThatOverrunsTheDuration() {
    InvalidInput e = catchThrowableOfType(InvalidInput.class,
        () -> TemplateRules.check(input("100 | Speeches | Guests\n90 | Breakout | All", "180", defaults())));

    assertThat(e.fieldErrors()).containsOnly(Map.entry("agenda", "takes 190 minutes: more than the meeting's 180 minutes"));
  }

  @Test
  void refusesNegativeNumbers() {
    TemplateInput in = new TemplateInput("x", "X", null, "-1", "-2", "-3", "", "", defaults(), true);

    assertThat(catchThrowableOfType(InvalidInput.class, () -> TemplateRules.check(in)).fieldErrors())
        .containsOnlyKeys("expectedParticipants", "speakersCount", "durationMinutes");
  }

  @Test
  void reportsABadDeadlineOnItsStep() {
    Map<String, String> d = defaults();
    d.put(Step.INVITE_SPEAKERS.name(), "T+3");
    d.put(Step.WRITE_REPORT.name(), "soon");

    assertThat(catchThrowableOfType(InvalidInput.class, () -> TemplateRules.check(input("", "120", d))).fieldErrors())
        .containsKeys("deadlines.INVITE_SPEAKERS", "deadlines.WRITE_REPORT");
  }

  @Test
  void readsDeadlinesWrittenAsTLabels() {
    Map<String, String> d = defaults();
    d.put(Step.WRITE_CONCEPT_NOTE.name(), "T-30");

    assertThat(TemplateRules.check(input("", "120", d)).deadlines().offsetDays(Step.WRITE_CONCEPT_NOTE)).isEqualTo(-30);
  }

  @Test
  void refusesAnUnknownStepAndAMissingCodeOrName() {
    Map<String, String> d = defaults();
    d.put("DANCE", "1");
    TemplateInput in = new TemplateInput(" ", "", null, "10", "0", "60", "", "", d, true);

    assertThat(catchThrowableOfType(InvalidInput.class, () -> TemplateRules.check(in)).fieldErrors())
        .containsKeys("code", "name", "deadlines");
  }
}
