package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.contacts.api.StakeholderCategory;
import org.redheart.meetings.api.ConceptNotes;
import org.redheart.meetings.api.FieldSpec;
import org.redheart.meetings.api.MeetingSteps;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.api.StepForm;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Users;

/**
 * A step's form: the meeting's context beside it, the due date, a saved draft, one "complete"
 * action. A task that is not yours says so.
 *
 * <p>Fields of one value (text, numbers, yes/no, a decision) are Faces inputs; fields that are
 * choices or rows (stakeholder categories, modality, agenda, themes, materials, checklist) are plain
 * inputs named {@code f-<field>} and {@code f-<field>-<column>} (one per row), read from the request
 * and joined into the step's line formats ("a | b | c" a line), as the autosave script does. A form
 * without a draft starts from {@link ConceptNotes#startingValues} for the concept note.
 */
@Named
@RequestScoped
public class TaskFormView {
  /** Blank rows offered below the filled ones (the script adds more on demand). */
  static final int BLANK_ROWS = 3;

  @Inject MeetingSteps steps;
  @Inject CurrentUser currentUser;
  @Inject Users users;
  @Inject ConceptNotes conceptNotes;
  @Inject StakeholderCategories categories;
  @Inject Language language;
  @Inject org.redheart.platform.api.WorkList workList;

  private String id;
  private StepForm form;
  private String problem;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> plainErrors = new HashMap<>();
  private List<ConceptNotes.OpenActionPlan> actionPlans;

  public void load() {
    if (form != null || problem != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (id == null) {
      // a postback: the task id comes with the form (view parameters are applied only later)
      id = faces.getExternalContext().getRequestParameterMap().get("id");
    }
    try {
      form = steps.open(id, currentUser.actor());
      if (values.isEmpty() && !faces.isPostback()) {
        if (form.draft().isEmpty() && form.step() == Step.WRITE_CONCEPT_NOTE) {
          values.putAll(conceptNotes.startingValues(form.meeting().id(), currentUser.actor()));
        } else {
          values.putAll(form.draft());
        }
      }
    } catch (NotFound e) {
      // a speaker invitation's task has its own page (an old link or a bookmark may lead here)
      if (id != null && workList.find(id).filter(w -> WorkItems.INVITATION_PROCESS.equals(w.processKey())).isPresent()) {
        Pages.redirect("/meetings/invitation-task.xhtml?task=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
        faces.responseComplete();
        return;
      }
      Pages.notFound();
    } catch (Conflict e) {
      problem = Pages.text("task.alreadyCompleted");
    } catch (Forbidden e) {
      problem = e.getMessage();
    }
  }

  public StepForm getForm() {
    load();
    return form;
  }

  public String getProblem() {
    return problem;
  }

  public List<FieldSpec> getFields() {
    return getForm() == null ? List.of() : form.step().fields();
  }

  public boolean isMine() {
    return getForm() != null;
  }

  /** Whether the form saves itself as a draft while it is filled in (not for approvals). */
  public boolean isAutosave() {
    return getForm() != null && !form.step().approval();
  }

  public boolean isConceptNote() {
    return getForm() != null && form.step() == Step.WRITE_CONCEPT_NOTE;
  }

  public String getAssigneeName() {
    if (form == null || form.openStep().assigneeId() == null) {
      return null;
    }
    return users.displayNames(List.of(form.openStep().assigneeId())).get(form.openStep().assigneeId());
  }

  public String underReview(String field) {
    return form == null || form.underReview() == null ? null : form.underReview().data().get(field);
  }

  /**
   * A value of the work under review as people read it: category names for the audience, the
   * modality's label; other values as written.
   */
  public String reviewValue(String field, String value) {
    if (value == null) {
      return "";
    }
    if ("targetCategories".equals(field)) {
      List<String> names = new ArrayList<>();
      for (String part : value.split(",")) {
        try {
          names.add(categories.find(Long.parseLong(part.strip())).map(this::categoryName).orElse(part));
        } catch (NumberFormatException e) {
          names.add(part);
        }
      }
      return String.join(", ", names);
    }
    if ("modality".equals(field) && FieldSpec.MODALITIES.contains(value)) {
      return Pages.text("modality." + value);
    }
    return value;
  }

  public List<Map.Entry<String, String>> getUnderReviewFields() {
    return form == null || form.underReview() == null ? List.of() : List.copyOf(form.underReview().data().entrySet());
  }

  /** The open action plans of the campaign's earlier meetings (beside the concept note). */
  public List<ConceptNotes.OpenActionPlan> getActionPlans() {
    if (actionPlans == null) {
      actionPlans = isConceptNote() ? conceptNotes.openActionPlans(form.meeting().id(), currentUser.actor()) : List.of();
    }
    return actionPlans;
  }

  public List<StakeholderCategory> getCategories() {
    return categories.all();
  }

  public String categoryName(StakeholderCategory c) {
    return c.name(language.getCode());
  }

  public List<String> getModalities() {
    return FieldSpec.MODALITIES;
  }

  /** Whether a choice field (categories, modality) holds the value. */
  public boolean chosen(String field, Object value) {
    String v = values.get(field);
    if (v == null || value == null) {
      return false;
    }
    return Set.of(v.split(",")).contains(String.valueOf(value));
  }

  /** The rows of a row field, each padded to its columns, then some blank rows. */
  public List<List<String>> rows(FieldSpec f) {
    List<List<String>> out = new ArrayList<>();
    String v = values.get(f.name());
    if (v != null) {
      for (String line : v.split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\\|", -1);
        List<String> row = new ArrayList<>();
        for (int i = 0; i < f.columns(); i++) {
          row.add(i < cells.length ? cells[i].strip() : "");
        }
        out.add(row);
      }
    }
    for (int i = 0; i < BLANK_ROWS; i++) {
      List<String> blank = new ArrayList<>();
      for (int c = 0; c < f.columns(); c++) {
        blank.add("");
      }
      out.add(blank);
    }
    return out;
  }

  /** The error of a plain field (categories, modality, rows), or null. */
  public String error(String field) {
    return plainErrors.get(field);
  }

  public void saveDraft() {
    try {
      readPlainFields();
      steps.saveDraft(id, values, currentUser.actor());
      Pages.info("task.draftSaved");
      Pages.redirect("/tasks/form.xhtml?id=" + id);
    } catch (InvalidInput e) {
      showErrors(e);
    } catch (Conflict | Forbidden | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  public void complete() {
    try {
      readPlainFields();
      steps.complete(id, values, currentUser.actor());
      Pages.info("task.completed");
      Pages.redirect("/tasks/index.xhtml");
    } catch (InvalidInput e) {
      showErrors(e);
    } catch (Conflict e) {
      Pages.error(Pages.text("task.alreadyCompleted"));
    } catch (Forbidden | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  /** Reads the plain inputs into {@link #values}, in the formats the step record keeps. */
  void readPlainFields() {
    Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    for (FieldSpec f : getFields()) {
      switch (f.kind()) {
        case CATEGORIES -> values.put(f.name(), String.join(",", params.getOrDefault("f-" + f.name(), new String[0])));
        case MODALITY -> {
          String[] v = params.get("f-" + f.name());
          values.put(f.name(), v == null || v.length == 0 ? "" : v[0]);
        }
        case AGENDA, THEMES, MATERIALS, CHECKLIST -> values.put(f.name(), joinRows(f, params));
        default -> { }
      }
    }
  }

  static String joinRows(FieldSpec f, Map<String, String[]> params) {
    List<String[]> columns = new ArrayList<>();
    int rows = 0;
    for (int c = 0; c < f.columns(); c++) {
      String[] col = params.getOrDefault("f-" + f.name() + "-" + c, new String[0]);
      columns.add(col);
      rows = Math.max(rows, col.length);
    }
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<String> cells = new ArrayList<>();
      boolean any = false;
      for (int c = 0; c < f.columns(); c++) {
        String[] col = columns.get(c);
        String cell = r < col.length && col[r] != null ? col[r].replace('|', '/').replaceAll("\\s+", " ").strip() : "";
        boolean choice = f.kind() == FieldSpec.Kind.CHECKLIST && c == 1;
        any |= !cell.isEmpty() && !choice;
        cells.add(cell);
      }
      if (any) {
        lines.add(String.join(" | ", cells));
      }
    }
    return String.join("\n", lines);
  }

  private void showErrors(InvalidInput e) {
    Map<String, String> ids = clientIds();
    Map<String, String> rest = new LinkedHashMap<>();
    e.fieldErrors().forEach((field, message) -> {
      if (ids.containsKey(field)) {
        rest.put(field, message);
      } else {
        getFields().stream().filter(f -> f.name().equals(field)).findFirst().ifPresentOrElse(
            f -> plainErrors.put(field, Pages.text("field." + field) + ": " + message),
            () -> rest.put(field, message));
      }
    });
    Pages.fieldErrors(new InvalidInput(rest.isEmpty() ? Map.of() : rest), ids);
  }

  private Map<String, String> clientIds() {
    Map<String, String> ids = new HashMap<>();
    List<FieldSpec> fields = getFields();
    for (int i = 0; i < fields.size(); i++) {
      String input = switch (fields.get(i).kind()) {
        case TEXT_AREA -> "text";
        case NUMBER -> "number";
        case YES_NO -> "yesno";
        case DECISION -> "decision";
        case TEXT, LINK -> "line";
        default -> null;
      };
      if (input != null) {
        ids.put(fields.get(i).name(), "task:fields:" + i + ":" + input);
      }
    }
    return ids;
  }

  /**
   * The page where a step with structured data is worked on (check-in, groups, findings, invitees),
   * linked from the task form; null for steps that are only their form.
   */
  public String getWorkPage() {
    if (getForm() == null) {
      return null;
    }
    String page = switch (form.step()) {
      case INVITE_SPEAKERS -> "/meetings/invitees.xhtml";
      case RECORD_ATTENDANCE -> "/meetings/checkin.xhtml";
      case ASSIGN_BREAKOUT_GROUPS -> "/meetings/groups.xhtml";
      case RECORD_FINDINGS -> "/meetings/findings.xhtml";
      default -> null;
    };
    return page == null ? null : page + "?id=" + form.meeting().id();
  }

  public Map<String, String> getValues() { return values; }
  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
}
