package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A user an open approval task is offered to: a supervisor of the campaign who did not edit the version. */
@Entity
@Table(name = "mat_review_candidate")
@IdClass(ReviewCandidate.Key.class)
public class ReviewCandidate {
  @Id
  @Column(name = "task_id")
  private String taskId;

  @Id
  @Column(name = "user_id")
  private String userId;

  protected ReviewCandidate() {}

  public ReviewCandidate(String taskId, String userId) {
    this.taskId = taskId;
    this.userId = userId;
  }

  public String userId() {
    return userId;
  }

  /** The composite key (task, user). */
  public static class Key implements Serializable {
    private String taskId;
    private String userId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(taskId, k.taskId) && Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(taskId, userId);
    }
  }
}
