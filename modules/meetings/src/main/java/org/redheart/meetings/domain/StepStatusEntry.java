package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * How one step of a meeting stands, kept current by the lifecycle process: PENDING (not yet opened,
 * due date computed when the meeting was scheduled), OPEN (its task, assignee, due date), DONE or
 * CANCELLED. The board and My tasks read only this table (and the meeting).
 */
@Entity
@Table(name = "mtg_step_status")
@IdClass(StepStatusEntry.Key.class)
public class StepStatusEntry {
  public static final String PENDING = "PENDING";
  public static final String OPEN = "OPEN";
  public static final String DONE = "DONE";
  public static final String CANCELLED = "CANCELLED";

  @Id
  @Column(name = "meeting_id")
  private String meetingId;

  @Id private String step;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Column(nullable = false)
  private String state;

  @Column(name = "task_id")
  private String taskId;

  @Column(name = "assignee_id")
  private String assigneeId;

  @Column(name = "candidate_role")
  private String candidateRole;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "short_notice", nullable = false)
  private boolean shortNotice;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  protected StepStatusEntry() {}

  /** A step planned when the meeting is scheduled: not open yet. */
  public StepStatusEntry(String meetingId, String step, String campaignId, DueDate due, Instant now) {
    this.meetingId = meetingId;
    this.step = step;
    this.campaignId = campaignId;
    this.state = PENDING;
    this.dueAt = due.dueAt();
    this.shortNotice = due.shortNotice();
    this.openedAt = now;
  }

  /** The step's task has been created (again, after changes were requested). */
  public void open(String taskId, String assigneeId, String candidateRole, Instant now) {
    this.state = OPEN;
    this.taskId = taskId;
    this.assigneeId = assigneeId;
    this.candidateRole = candidateRole;
    this.openedAt = now;
    this.completedAt = null;
    this.remindedAt = null;
  }

  public void done(Instant now) {
    this.state = DONE;
    this.completedAt = now;
  }

  public void cancel(Instant now) {
    if (!DONE.equals(state)) {
      this.state = CANCELLED;
      this.completedAt = now;
    }
  }

  /** A new due date (the meeting moved): a reminder already sent for the old one does not count. */
  public void moveDue(DueDate due) {
    if (!due.dueAt().equals(this.dueAt)) {
      this.remindedAt = null;
    }
    this.dueAt = due.dueAt();
    this.shortNotice = due.shortNotice();
  }

  public void reminded(Instant now) {
    this.remindedAt = now;
  }

  public String meetingId() {
    return meetingId;
  }

  public String step() {
    return step;
  }

  public String campaignId() {
    return campaignId;
  }

  public String state() {
    return state;
  }

  public String taskId() {
    return taskId;
  }

  public String assigneeId() {
    return assigneeId;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public boolean shortNotice() {
    return shortNotice;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public Instant remindedAt() {
    return remindedAt;
  }

  public boolean isOpen() {
    return OPEN.equals(state);
  }

  /** The composite key (meeting, step). */
  public static class Key implements Serializable {
    private String meetingId;
    private String step;

    public Key() {}

    public Key(String meetingId, String step) {
      this.meetingId = meetingId;
      this.step = step;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(meetingId, k.meetingId) && Objects.equals(step, k.step);
    }

    @Override
    public int hashCode() {
      return Objects.hash(meetingId, step);
    }
  }
}
