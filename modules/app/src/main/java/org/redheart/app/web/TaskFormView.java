package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.FieldSpec;
import org.redheart.meetings.api.MeetingSteps;
import org.redheart.meetings.api.StepForm;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Users;

/**
 * A step's form: the meeting's context beside it, the due date, a saved draft, one "complete"
 * action. A task that is not yours says so.
 */
@Named
@RequestScoped
public class TaskFormView {
  @Inject MeetingSteps steps;
  @Inject CurrentUser currentUser;
  @Inject Users users;

  private String id;
  private StepForm form;
  private String problem;
  private final Map<String, String> values = new LinkedHashMap<>();

  public void load() {
    if (form != null || problem != null) {
      return;
    }
    if (id == null) {
      // a postback: the task id comes with the form (view parameters are applied only later)
      id = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }
    try {
      form = steps.open(id, currentUser.actor());
      if (values.isEmpty()) {
        values.putAll(form.draft());
      }
    } catch (NotFound e) {
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

  public String getAssigneeName() {
    if (form == null || form.openStep().assigneeId() == null) {
      return null;
    }
    return users.displayNames(List.of(form.openStep().assigneeId())).get(form.openStep().assigneeId());
  }

  public String underReview(String field) {
    return form == null || form.underReview() == null ? null : form.underReview().data().get(field);
  }

  public List<Map.Entry<String, String>> getUnderReviewFields() {
    return form == null || form.underReview() == null ? List.of() : List.copyOf(form.underReview().data().entrySet());
  }

  public void saveDraft() {
    try {
      steps.saveDraft(id, values, currentUser.actor());
      Pages.info("task.draftSaved");
      Pages.redirect("/tasks/form.xhtml?id=" + id);
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, clientIds());
    } catch (Conflict | Forbidden | NotFound e) {
      Pages.error(e.getMessage());
    }
  }

  public void complete() {
    try {
      steps.complete(id, values, currentUser.actor());
      Pages.info("task.completed");
      Pages.redirect("/tasks/index.xhtml");
    } catch (InvalidInput e) {
      Pages.fieldErrors(e, clientIds());
    } catch (Conflict e) {
      Pages.error(Pages.text("task.alreadyCompleted"));
    } catch (Forbidden | NotFound e) {
      Pages.error(e.getMessage());
    }
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
      };
      ids.put(fields.get(i).name(), "task:fields:" + i + ":" + input);
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
