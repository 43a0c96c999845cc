package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.redheart.materials.api.MaterialStatus;

/**
 * A material of a campaign: its kind, title and language, its author, its status (from its newest
 * version), the number of its newest and of its last approved version, and where a person published
 * it by hand. Optimistic lock: {@code version}.
 */
@Entity
@Table(name = "mat_material")
public class Material {
  @Id private String id;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Column(name = "kind_code", nullable = false)
  private String kindCode;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String language;

  @Column(name = "author_id", nullable = false)
  private String authorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MaterialStatus status;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "last_approved_version", nullable = false)
  private int lastApprovedVersion;

  private String permalink;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "published_outside", nullable = false)
  private boolean publishedOutside;

  @Column(name = "withdrawn_reason")
  private String withdrawnReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Material() {}

  public Material(String campaignId, String kindCode, String title, String language, String authorId, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.campaignId = campaignId;
    this.kindCode = kindCode;
    this.title = title;
    this.language = language;
    this.authorId = authorId;
    this.status = MaterialStatus.DRAFT;
    this.currentVersion = 1;
    this.lastApprovedVersion = 0;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void describe(String kindCode, String title, String language, Instant now) {
    this.kindCode = kindCode;
    this.title = title;
    this.language = language;
    this.updatedAt = now;
  }

  /** A new newest version (a draft): the material is a draft again until it is submitted. */
  public void newDraft(int number, Instant now) {
    this.currentVersion = number;
    this.status = MaterialStatus.DRAFT;
    this.updatedAt = now;
  }

  public void moveTo(MaterialStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  public void approved(int number, Instant now) {
    this.lastApprovedVersion = number;
    this.status = MaterialStatus.APPROVED;
    this.updatedAt = now;
  }

  public void published(String permalink, String by, Instant now) {
    this.permalink = permalink;
    this.publishedBy = by;
    this.publishedAt = now;
    this.status = MaterialStatus.PUBLISHED;
    this.updatedAt = now;
  }

  /**
   * A post published before the app existed (an import): published on its own date, marked
   * "published outside the system", with no approval recorded.
   */
  public void publishedOutside(String permalink, Instant publishedAt, String by, Instant now) {
    this.permalink = permalink;
    this.publishedBy = by;
    this.publishedAt = publishedAt;
    this.publishedOutside = true;
    this.status = MaterialStatus.PUBLISHED;
    this.updatedAt = now;
  }

  public boolean publishedOutside() {
    return publishedOutside;
  }

  public void withdrawn(String reason, Instant now) {
    this.withdrawnReason = reason;
    this.status = MaterialStatus.WITHDRAWN;
    this.updatedAt = now;
  }

  public void touch(Instant now) {
    this.updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String campaignId() {
    return campaignId;
  }

  public String kindCode() {
    return kindCode;
  }

  public String title() {
    return title;
  }

  public String language() {
    return language;
  }

  public String authorId() {
    return authorId;
  }

  public MaterialStatus status() {
    return status;
  }

  public int currentVersion() {
    return currentVersion;
  }

  public int lastApprovedVersion() {
    return lastApprovedVersion;
  }

  public String permalink() {
    return permalink;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String withdrawnReason() {
    return withdrawnReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long lock() {
    return version;
  }
}
