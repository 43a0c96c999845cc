package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.redheart.app.security.CurrentUser;
import org.redheart.materials.api.Engagement;
import org.redheart.materials.api.EngagementInput;
import org.redheart.materials.api.EngagementSnapshot;
import org.redheart.materials.api.MaterialDetails;
import org.redheart.materials.api.Materials;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Digits;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;

/**
 * A published post's figures ({@code materials/engagement.xhtml?id=}, also the page of a "record the
 * figures" reminder task: {@code &task=}): the form for the day's figures (a blank is "not recorded",
 * never 0), the fetch from the Graph API, and the snapshots, newest first.
 */
@Named
@RequestScoped
public class EngagementView {
  static final Map<String, String> IDS = Map.of("takenOn", "record:takenOn", "reactions", "record:reactions",
      "comments", "record:comments", "shares", "record:shares", "reach", "record:reach",
      "engagedUsers", "record:engagedUsers");

  @Inject Engagement engagement;
  @Inject Materials materials;
  @Inject CurrentUser currentUser;
  @Inject Formats formats;

  private String id;
  private String task;
  private MaterialDetails details;
  private List<EngagementSnapshot> snapshots;
  private boolean loaded;

  private String takenOn = LocalDate.now().toString();
  private String reactions;
  private String comments;
  private String shares;
  private String reach;
  private String engagedUsers;

  public void load() {
    getDetails();
  }

  public MaterialDetails getDetails() {
    if (!loaded) {
      loaded = true;
      if (id == null) {
        id = MaterialForms.param("id");
      }
      if (task == null) {
        task = MaterialForms.param("task");
      }
      if (id == null || id.isBlank()) {
        Pages.notFound();
        return null;
      }
      try {
        details = materials.get(id, currentUser.actor());
        snapshots = engagement.snapshots(id, currentUser.actor());
      } catch (NotFound | InvalidInput e) {
        Pages.notFound();
      } catch (Forbidden e) {
        Pages.forbidden(e.getMessage());
      }
    }
    return details;
  }

  public List<EngagementSnapshot> getSnapshots() {
    return getDetails() == null ? List.of() : snapshots;
  }

  /** A figure as shown: a dash when it was not recorded (never 0). */
  public String figure(Long value) {
    return value == null ? "—" : formats.number(value);
  }

  public void record() {
    if (getDetails() == null) {
      return;
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    LocalDate day = null;
    try {
      day = takenOn == null || takenOn.isBlank() ? null : LocalDate.parse(Digits.toAscii(takenOn).strip());
    } catch (DateTimeParseException e) {
      errors.add("takenOn", Pages.text("engage.error.date"));
    }
    EngagementInput input = new EngagementInput(day, number("reactions", reactions, errors),
        number("comments", comments, errors), number("shares", shares, errors), number("reach", reach, errors),
        number("engagedUsers", engagedUsers, errors));
    try {
      errors.throwIfAny();
      engagement.record(id, input, currentUser.actor());
      Pages.info("engage.recorded");
      Pages.redirect(self());
    } catch (InvalidInput e) {
      fieldErrors(e);
    } catch (Conflict | Forbidden e) {
      Pages.error(e.getMessage());
    }
  }

  public void fetch() {
    if (getDetails() == null) {
      return;
    }
    try {
      engagement.fetch(id, currentUser.actor());
      Pages.info("engage.fetched");
      Pages.redirect(self());
    } catch (Conflict | Forbidden | InvalidInput e) {
      Pages.error(e.getMessage());
    }
  }

  private static void fieldErrors(InvalidInput e) {
    jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
    e.fieldErrors().forEach((field, message) -> faces.addMessage(IDS.get(field), new jakarta.faces.application.FacesMessage(
        jakarta.faces.application.FacesMessage.SEVERITY_ERROR, Pages.text("engage.field." + field) + ": " + message, null)));
    faces.validationFailed();
  }

  private String self() {
    return "/materials/engagement.xhtml?id=" + id + (task == null || task.isBlank() ? "" : "&task=" + task);
  }

  private static Long number(String field, String text, InvalidInput.Collector errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String n = Digits.toAscii(text).strip().replace(",", "");
    if (!n.matches("-?\\d{1,15}")) {
      errors.add(field, Pages.text("engage.error.number"));
      return null;
    }
    return Long.parseLong(n);
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getTask() { return task; }
  public void setTask(String task) { this.task = task; }
  public String getTakenOn() { return takenOn; }
  public void setTakenOn(String takenOn) { this.takenOn = takenOn; }
  public String getReactions() { return reactions; }
  public void setReactions(String reactions) { this.reactions = reactions; }
  public String getComments() { return comments; }
  public void setComments(String comments) { this.comments = comments; }
  public String getShares() { return shares; }
  public void setShares(String shares) { this.shares = shares; }
  public String getReach() { return reach; }
  public void setReach(String reach) { this.reach = reach; }
  public String getEngagedUsers() { return engagedUsers; }
  public void setEngagedUsers(String engagedUsers) { this.engagedUsers = engagedUsers; }
}
