package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redheart.app.security.CurrentUser;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.meetings.api.MeetingDetails;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.OpenStep;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.api.StepRecord;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Users;

/** The meeting page: its facts, the progress strip of lifecycle steps, and the history of steps. */
@Named
@RequestScoped
public class MeetingView {
  @Inject Meetings meetings;
  @Inject CurrentUser currentUser;
  @Inject Users users;
  @Inject StakeholderCategories categories;
  @Inject Language language;

  private String id;
  private MeetingDetails details;
  private Map<String, String> names;

  /** One cell of the progress strip. */
  public record StepState(Step step, String state, OpenStep open) {}

  public void load() {
    try {
      details = meetings.details(id, currentUser.actor());
      Set<String> ids = new HashSet<>();
      details.history().forEach(h -> ids.add(h.completedBy()));
      ids.add(details.meeting().organiserId());
      details.openSteps().forEach(s -> {
        if (s.assigneeId() != null) {
          ids.add(s.assigneeId());
        }
      });
      names = users.displayNames(ids);
    } catch (NotFound e) {
      Pages.notFound();
    } catch (Forbidden e) {
      Pages.forbidden(e.getMessage());
    }
  }

  public MeetingSummary getMeeting() {
    if (details == null && !loadTried) {
      loadOnPostback();
    }
    return details == null ? null : details.meeting();
  }

  private boolean loadTried;

  /**
   * A form of a section of this page posts back to it, and the view action does not run on a
   * postback: load the meeting from the view parameter, or from the form's own "id" field when
   * validation stopped the view parameter from being applied.
   */
  private void loadOnPostback() {
    loadTried = true;
    var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
    if (faces == null || !faces.isPostback()) {
      return;
    }
    if (id == null) {
      id = faces.getExternalContext().getRequestParameterMap().get("id");
    }
    if (id != null) {
      load();
    }
  }

  public List<StepRecord> getHistory() {
    return details == null ? List.of() : details.history();
  }

  public List<OpenStep> getOpenSteps() {
    return details == null ? List.of() : details.openSteps();
  }

  public List<StepState> getProgress() {
    List<StepState> out = new ArrayList<>();
    if (details == null) {
      return out;
    }
    Set<String> done = new HashSet<>();
    details.history().forEach(h -> done.add(h.step()));
    boolean completed = MeetingSummary.COMPLETED.equals(details.meeting().stage());
    for (Step s : Step.values()) {
      OpenStep open = details.openSteps().stream().filter(o -> o.step().equals(s.taskKey())).findFirst().orElse(null);
      String state = open != null ? (open.dueAt() != null && open.dueAt().isBefore(java.time.Instant.now()) ? "late" : "current")
          : (completed || done.contains(s.taskKey())) ? "done" : "todo";
      out.add(new StepState(s, state, open));
    }
    return out;
  }

  /** A recorded past meeting whose start time was not recorded (stored at local midnight). */
  public boolean isHistoricalWithoutTime() {
    MeetingSummary m = getMeeting();
    return m != null && "HISTORICAL".equals(m.stage()) && m.startsAt().toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
  }

  public String name(String userId) {
    return names == null || userId == null ? "" : names.getOrDefault(userId, userId);
  }

  public String getCategoryName() {
    return details == null ? "" : categories.find(details.meeting().audienceCategoryId())
        .map(c -> c.name(language.getCode())).orElse("");
  }

  public String stepLabel(String taskKey) {
    return Step.byTaskKey(taskKey).map(s -> Pages.text(s.labelKey())).orElse(taskKey);
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
}
