package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.redheart.materials.api.Decision;

/** A decision on a version, kept for good with the version's content hash ({@code mat_decision}). */
@Entity
@Table(name = "mat_decision")
public class DecisionEntry {
  @Id private String id;

  @Column(name = "material_id", nullable = false)
  private String materialId;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Decision.Kind kind;

  @Column(name = "actor_id", nullable = false)
  private String actorId;

  private String comment;

  @Column(name = "content_hash", nullable = false)
  private String contentHash;

  @Column(name = "decided_at", nullable = false)
  private Instant at;

  protected DecisionEntry() {}

  public DecisionEntry(String materialId, int versionNumber, Decision.Kind kind, String actorId, String comment,
      String contentHash, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.materialId = materialId;
    this.versionNumber = versionNumber;
    this.kind = kind;
    this.actorId = actorId;
    this.comment = comment;
    this.contentHash = contentHash;
    this.at = at;
  }

  public Decision toView() {
    return new Decision(id, versionNumber, kind, actorId, comment, contentHash, at);
  }
}
