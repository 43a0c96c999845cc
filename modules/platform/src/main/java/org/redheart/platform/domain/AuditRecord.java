package org.redheart.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.redheart.platform.api.Audit;

/** One line of the audit log; never changed after it is written. */
@Entity
@Table(name = "plt_audit")
public class AuditRecord {
  @Id private String id;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "actor_id", nullable = false)
  private String actorId;

  @Column(nullable = false)
  private String action;

  @Column(nullable = false)
  private String subject;

  @Column(name = "content_hash")
  private String contentHash;

  private String details;

  protected AuditRecord() {}

  public AuditRecord(String actorId, String action, String subject, String contentHash, String details, Instant at) {
    AuditDetails.check(actorId, action, subject);
    this.id = UUID.randomUUID().toString();
    this.recordedAt = at;
    this.actorId = actorId;
    this.action = action;
    this.subject = subject;
    this.contentHash = contentHash;
    this.details = details;
  }

  public Audit.Entry toEntry() {
    return new Audit.Entry(id, recordedAt, actorId, action, subject, contentHash, details);
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String id() {
    return id;
  }
}
