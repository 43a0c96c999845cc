package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/** The start page, by role: my tasks due soon, meetings, approvals waiting, admin links. */
@Named
@RequestScoped
public class HomeView {
  @Inject CurrentUser currentUser;
  @Inject WorkItems workItems;
  @Inject Meetings meetings;
  @Inject org.redheart.meetings.api.Board board;

  private Page<WorkItems.Row> tasks;
  private Page<WorkItems.Row> approvals;
  private Page<MeetingSummary> recentMeetings;
  private Page<org.redheart.materials.api.ReviewTask> reviews;
  @Inject org.redheart.materials.api.Materials materials;
  private Page<org.redheart.meetings.api.Board.LateStep> late;

  /** For supervisors: what is late across the campaigns they belong to, longest overdue first. */
  public Page<org.redheart.meetings.api.Board.LateStep> getLate() {
    if (late == null) {
      late = board.late(new PageRequest(0, 10), currentUser.actor());
    }
    return late;
  }

  public Page<WorkItems.Row> getTasks() {
    if (tasks == null) {
      tasks = workItems.openFor(currentUser.actor(), new PageRequest(0, 5));
    }
    return tasks;
  }

  public Page<WorkItems.Row> getApprovals() {
    if (approvals == null) {
      approvals = workItems.approvalsFor(currentUser.actor(), new PageRequest(0, 5));
    }
    return approvals;
  }

  /** Materials waiting for the user's clearance or approval. */
  public Page<org.redheart.materials.api.ReviewTask> getReviews() {
    if (reviews == null) {
      reviews = materials.reviewTasks(currentUser.actor(), new PageRequest(0, 5));
    }
    return reviews;
  }

  public Page<MeetingSummary> getMeetings() {
    if (recentMeetings == null) {
      recentMeetings = currentUser.isMeetingReader()
          ? meetings.list(null, new PageRequest(0, 5), currentUser.actor())
          : new Page<>(java.util.List.of(), 0, 5, 0);
    }
    return recentMeetings;
  }
}
