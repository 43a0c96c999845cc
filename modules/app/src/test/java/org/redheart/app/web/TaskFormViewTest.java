package org.redheart.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redheart.meetings.api.FieldSpec;
import org.redheart.meetings.api.Step;

/** How the task form joins its row inputs into the step's line formats (as the autosave script does). */
class TaskFormViewTest {

  private static FieldSpec field(Step step, String name) {
    return step.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void joinsAgendaRowsSkippingBlankOnesAndKeepingEmptyCells() {
    Map<String, String[]> params = Map.of(
        "f-agenda-0", new String[] {"10", "", "45", ""},
        "f-agenda-1", new String[] {" Welcome   address ", "", "Breakout | session", ""},
        "f-agenda-2", new String[] {"Chair", "", "", ""});

    assertThat(TaskFormView.joinRows(field(Step.WRITE_CONCEPT_NOTE, "agenda"), params))
        .isEqualTo("10 | Welcome address | Chair\n45 | Breakout / session | ");
  }

  @Test
  void aChecklistRowWithOnlyItsAnswerIsBlank() {
    Map<String, String[]> params = Map.of(
        "f-checklist-0", new String[] {"Projector", ""},
        "f-checklist-1", new String[] {"yes", "no"});

    assertThat(TaskFormView.joinRows(field(Step.PREPARE_LOGISTICS, "checklist"), params)).isEqualTo("Projector | yes");
  }

  @Test
  void noRowsIsAnEmptyValue() {
    assertThat(TaskFormView.joinRows(field(Step.WRITE_CONCEPT_NOTE, "themes"), Map.of())).isEmpty();
  }
}
