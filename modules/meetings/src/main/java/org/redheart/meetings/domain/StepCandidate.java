package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A user an open approval step is offered to (a supervisor of the campaign who did not edit the work). */
@Entity
@Table(name = "mtg_step_candidate")
@IdClass(StepCandidate.Key.class)
public class StepCandidate {
  @Id
  @Column(name = "meeting_id")
  private String meetingId;

  @Id private String step;

  @Id
  @Column(name = "user_id")
  private String userId;

  protected StepCandidate() {}

  public StepCandidate(String meetingId, String step, String userId) {
    this.meetingId = meetingId;
    this.step = step;
    this.userId = userId;
  }

  public String userId() {
    return userId;
  }

  /** The composite key (meeting, step, user). */
  public static class Key implements Serializable {
    private String meetingId;
    private String step;
    private String userId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(meetingId, k.meetingId)
          && Objects.equals(step, k.step)
          && Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(meetingId, step, userId);
    }
  }
}
