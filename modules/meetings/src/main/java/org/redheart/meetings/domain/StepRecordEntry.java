package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The record of one completed step of a meeting: what its form held, who completed it and when. */
@Entity
@Table(name = "mtg_step_record")
public class StepRecordEntry {
  @Id private String id;

  @Column(name = "meeting_id", nullable = false)
  private String meetingId;

  @Column(nullable = false)
  private String step;

  @Column(name = "task_id", nullable = false)
  private String taskId;

  private String outcome;

  @Column(nullable = false, length = 20000)
  private String data;

  @Column(name = "completed_by", nullable = false)
  private String completedBy;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  protected StepRecordEntry() {}

  public StepRecordEntry(
      String meetingId, String step, String taskId, String outcome, String data, String completedBy) {
    this.id = UUID.randomUUID().toString();
    this.meetingId = meetingId;
    this.step = step;
    this.taskId = taskId;
    this.outcome = outcome;
    this.data = data;
    this.completedBy = completedBy;
    this.completedAt = Instant.now();
  }

  public String step() {
    return step;
  }

  public String taskId() {
    return taskId;
  }

  public String outcome() {
    return outcome;
  }

  public String data() {
    return data;
  }

  public String completedBy() {
    return completedBy;
  }

  public Instant completedAt() {
    return completedAt;
  }

  /** Adds what a step's guard records on completion (its counts) to the form data. */
  public void amendData(String data) {
    this.data = data;
  }
}
