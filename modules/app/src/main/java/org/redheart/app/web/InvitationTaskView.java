package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.InvitationTask;
import org.redheart.meetings.api.Invitations;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * An organiser's task of a speaker invitation ({@code /meetings/invitation-task.xhtml?task=<id>}):
 * FOLLOW_UP (no answer: keep waiting, or withdraw the speaker and find a replacement),
 * FIND_REPLACEMENT (the speaker declined: the reason, a link to choose another speaker, done) and
 * INVITE_SUGGESTED (a colleague the speaker suggested: invite them with a topic and length, or
 * dismiss the suggestion with a note). Role and campaign checks are the service's; a refusal shows
 * its message, bad input shows next to its field.
 */
@Named
@RequestScoped
public class InvitationTaskView {
  @Inject Invitations invitations;
  @Inject CurrentUser currentUser;

  private String taskId;
  private InvitationTask task;
  private String problem;
  private final Map<String, String> errors = new LinkedHashMap<>();

  public void load() {
    if (task != null || problem != null) {
      return;
    }
    if (taskId == null) {
      // a postback: the task id comes with the form (view parameters are applied only later)
      taskId = param("task");
    }
    if (taskId == null) {
      Pages.notFound();
      return;
    }
    try {
      task = invitations.task(taskId, currentUser.actor());
    } catch (NotFound e) {
      problem = Pages.text("inv.task.gone");
    } catch (Conflict e) {
      problem = Pages.text("task.alreadyCompleted");
    } catch (Forbidden e) {
      problem = e.getMessage();
    }
  }

  private static String param(String name) {
    String v = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  public InvitationTask getTask() {
    load();
    return task;
  }

  public String getProblem() {
    load();
    return problem;
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  /** A value posted with the form (to refill it after a refusal). */
  public String value(String name) {
    return param(name);
  }

  public boolean is(String step) {
    return getTask() != null && step.equals(task.step());
  }

  /** The invitees page, searching all speakers (to choose a replacement). */
  public String getInviteesLink() {
    return task == null ? null
        : "/meetings/invitees.xhtml?id=" + URLEncoder.encode(task.meetingId(), StandardCharsets.UTF_8) + "&sq=*#speakers-title";
  }

  /** FOLLOW_UP or FIND_REPLACEMENT done, the speaker kept. */
  public void keepWaiting() {
    complete(false, "inv.task.done");
  }

  /** FOLLOW_UP: the speaker is withdrawn (and told); the organiser finds a replacement. */
  public void withdrawAndReplace() {
    if (param("note") == null) {
      load();
      errors.put("note", Pages.text("inv.reasonRequired"));
      Pages.error(Pages.text("field.note") + ": " + Pages.text("inv.reasonRequired"));
      return;
    }
    complete(true, "inv.task.withdrawn");
  }

  private void complete(boolean withdraw, String doneKey) {
    act(() -> invitations.completeTask(taskId, withdraw, param("note"), currentUser.actor()), doneKey, withdraw);
  }

  /** INVITE_SUGGESTED: the colleague becomes a contact and a speaker, and is sent the invitation. */
  public void inviteSuggested() {
    Integer length;
    try {
      length = Formats.parseInteger(param("lengthMinutes"));
    } catch (NumberFormatException e) {
      load();
      errors.put("lengthMinutes", Pages.text("inv.notANumber"));
      Pages.error(Pages.text("field.lengthMinutes") + ": " + Pages.text("inv.notANumber"));
      return;
    }
    act(() -> invitations.inviteSuggested(task.suggestion().id(), param("topic"), length, currentUser.actor()),
        "inv.task.invited", true);
  }

  /** INVITE_SUGGESTED: the suggestion is dismissed with a note. */
  public void dismiss() {
    act(() -> invitations.dismissSuggestion(task.suggestion().id(), param("note"), currentUser.actor()),
        "inv.task.dismissed", false);
  }

  private void act(Runnable action, String doneKey, boolean toInvitees) {
    load();
    if (task == null) {
      return;
    }
    try {
      action.run();
      Pages.info(doneKey);
      Pages.redirect(toInvitees ? "/meetings/invitees.xhtml?id=" + URLEncoder.encode(task.meetingId(), StandardCharsets.UTF_8)
          : "/tasks/index.xhtml");
    } catch (InvalidInput e) {
      e.fieldErrors().forEach((f, m) -> {
        errors.put(f, m);
        Pages.error(Pages.text("field." + f) + ": " + m);
      });
    } catch (Forbidden | NotFound | Conflict e) {
      Pages.error(e.getMessage());
    }
  }

  public String getTaskId() { return taskId; }
  public void setTaskId(String taskId) { this.taskId = taskId; }
}
