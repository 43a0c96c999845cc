package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The saved, unfinished form of an open step; removed when the step is completed. */
@Entity
@Table(name = "mtg_step_draft")
public class StepDraft {
  @Id
  @Column(name = "task_id")
  private String taskId;

  @Column(name = "meeting_id", nullable = false)
  private String meetingId;

  @Column(nullable = false, length = 20000)
  private String data;

  @Column(name = "saved_by", nullable = false)
  private String savedBy;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected StepDraft() {}

  public StepDraft(String taskId, String meetingId) {
    this.taskId = taskId;
    this.meetingId = meetingId;
  }

  public void save(String newData, String by) {
    this.data = newData;
    this.savedBy = by;
    this.savedAt = Instant.now();
  }

  public String data() {
    return data;
  }
}
