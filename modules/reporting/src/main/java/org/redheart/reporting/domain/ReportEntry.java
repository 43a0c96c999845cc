package org.redheart.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.redheart.reporting.api.ReportState;

/** A results report ({@code rpt_report}): its campaign, period, state, job and the current draft's content. */
@Entity
@Table(name = "rpt_report")
public class ReportEntry {
  @Id private String id;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Column(name = "period_from", nullable = false)
  private LocalDate from;

  @Column(name = "period_to", nullable = false)
  private LocalDate to;

  @Column(nullable = false)
  private String state;

  @Column(name = "job_id")
  private String jobId;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  private String content;

  @Column(name = "content_hash")
  private String contentHash;

  private String error;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Version private int version;

  protected ReportEntry() {}

  public ReportEntry(String campaignId, LocalDate from, LocalDate to, String createdBy, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.campaignId = campaignId;
    this.from = from;
    this.to = to;
    this.state = ReportState.GENERATING.name();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public String id() { return id; }
  public String campaignId() { return campaignId; }
  public LocalDate from() { return from; }
  public LocalDate to() { return to; }
  public ReportState state() { return ReportState.valueOf(state); }
  public String jobId() { return jobId; }
  public String createdBy() { return createdBy; }
  public Instant createdAt() { return createdAt; }
  public String content() { return content; }
  public String contentHash() { return contentHash; }
  public String error() { return error; }
  public String approvedBy() { return approvedBy; }
  public Instant approvedAt() { return approvedAt; }

  public void jobStarted(String jobId) { this.jobId = jobId; }

  /** Back to generating (a regeneration), keeping the last content until the new one is stored. */
  public void regenerating(String jobId) {
    this.state = ReportState.GENERATING.name();
    this.jobId = jobId;
    this.error = null;
  }

  public void drafted(String content, String contentHash) {
    this.content = content;
    this.contentHash = contentHash;
    this.state = ReportState.DRAFT.name();
    this.error = null;
  }

  public void failed(String error) {
    this.state = ReportState.FAILED.name();
    this.error = error == null ? "failed" : error.substring(0, Math.min(error.length(), 2000));
  }

  public void moveTo(ReportState next) { this.state = next.name(); }

  public void approved(String by, Instant at) {
    this.state = ReportState.APPROVED.name();
    this.approvedBy = by;
    this.approvedAt = at;
  }
}
