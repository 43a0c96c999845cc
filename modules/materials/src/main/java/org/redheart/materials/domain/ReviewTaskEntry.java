package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.redheart.materials.api.ReviewStage;

/**
 * An open user task of a version's approval: clearance (offered to the group of safeguarding leads)
 * or approval (offered to the candidates in {@link ReviewCandidate}).
 */
@Entity
@Table(name = "mat_review_task")
public class ReviewTaskEntry {
  @Id
  @Column(name = "task_id")
  private String taskId;

  @Column(name = "material_id", nullable = false)
  private String materialId;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReviewStage stage;

  @Column(name = "candidate_group")
  private String candidateGroup;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ReviewTaskEntry() {}

  public ReviewTaskEntry(String taskId, String materialId, int versionNumber, ReviewStage stage, String candidateGroup,
      Instant createdAt) {
    this.taskId = taskId;
    this.materialId = materialId;
    this.versionNumber = versionNumber;
    this.stage = stage;
    this.candidateGroup = candidateGroup;
    this.createdAt = createdAt;
  }

  public String taskId() {
    return taskId;
  }

  public String materialId() {
    return materialId;
  }

  public int versionNumber() {
    return versionNumber;
  }

  public ReviewStage stage() {
    return stage;
  }

  public String candidateGroup() {
    return candidateGroup;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
