package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.redheart.materials.api.EngagementSnapshot;

/** A post's figures on a day ({@code mat_engagement_snapshot}): a null figure was not recorded. */
@Entity
@Table(name = "mat_engagement_snapshot")
public class EngagementEntry {
  @Id private String id;

  @Column(name = "material_id", nullable = false)
  private String materialId;

  @Column(name = "taken_on", nullable = false)
  private LocalDate takenOn;

  private Long reactions;
  private Long comments;
  private Long shares;
  private Long reach;

  @Column(name = "engaged_users")
  private Long engagedUsers;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EngagementSnapshot.Source source;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected EngagementEntry() {}

  public EngagementEntry(String materialId, Figures figures, EngagementSnapshot.Source source, String recordedBy,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.materialId = materialId;
    this.takenOn = figures.takenOn();
    this.reactions = figures.reactions();
    this.comments = figures.comments();
    this.shares = figures.shares();
    this.reach = figures.reach();
    this.engagedUsers = figures.engagedUsers();
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  public String id() {
    return id;
  }

  public String materialId() {
    return materialId;
  }

  public EngagementSnapshot view() {
    return new EngagementSnapshot(id, materialId, takenOn, reactions, comments, shares, reach, engagedUsers, source,
        recordedBy, recordedAt);
  }
}
