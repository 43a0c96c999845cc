package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.redheart.materials.api.ReviewStage;
import org.redheart.materials.api.VersionState;
import org.redheart.platform.api.Conflict;

/**
 * One version of a material: its text (null once purged), the hash of its content (text and files,
 * kept after a purge), its state and where its review stands, and the safeguarding lead's clearance.
 */
@Entity
@Table(name = "mat_version")
public class MaterialVersion {
  @Id private String id;

  @Column(name = "material_id", nullable = false)
  private String materialId;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VersionState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_stage", nullable = false)
  private ReviewStage reviewStage;

  @Column(length = MaterialRules.MAX_TEXT)
  private String text;

  @Column(name = "content_hash", nullable = false)
  private String contentHash;

  @Column(nullable = false)
  private boolean cleared;

  @Column(name = "cleared_note")
  private String clearedNote;

  @Column(name = "cleared_by")
  private String clearedBy;

  @Column(name = "cleared_at")
  private Instant clearedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "purged_at")
  private Instant purgedAt;

  protected MaterialVersion() {}

  public MaterialVersion(String materialId, int number, String text, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.materialId = materialId;
    this.number = number;
    this.state = VersionState.DRAFT;
    this.reviewStage = ReviewStage.NONE;
    this.text = text == null ? "" : text;
    this.contentHash = ContentHash.of(this.text, java.util.List.of());
    this.createdAt = now;
  }

  /** Replaces the draft's text (the caller recomputes the hash with the files). */
  public void replaceText(String text) {
    requireDraft();
    this.text = text == null ? "" : text;
  }

  public void rehash(String hash) {
    this.contentHash = hash;
  }

  public void requireDraft() {
    if (state != VersionState.DRAFT) {
      throw new Conflict("version " + number + " is " + state + ", not a draft: only a draft is changed");
    }
  }

  public void requireInReview(ReviewStage stage) {
    if (state != VersionState.IN_REVIEW) {
      throw new Conflict("version " + number + " is " + state + ", not in review");
    }
    if (stage != null && reviewStage != stage) {
      throw new Conflict("version " + number + " waits for " + describe(reviewStage) + ", not for " + describe(stage));
    }
  }

  /** Submitted: in review, at the lead's clearance first when a finding is high. */
  public void submit(boolean needsClearance, Instant now) {
    requireDraft();
    this.state = VersionState.IN_REVIEW;
    this.reviewStage = needsClearance ? ReviewStage.CLEARANCE : ReviewStage.APPROVAL;
    this.cleared = false;
    this.submittedAt = now;
  }

  public void clear(String note, String by, Instant now) {
    requireInReview(ReviewStage.CLEARANCE);
    this.cleared = true;
    this.clearedNote = note;
    this.clearedBy = by;
    this.clearedAt = now;
    this.reviewStage = ReviewStage.APPROVAL;
  }

  public void approve() {
    requireInReview(ReviewStage.APPROVAL);
    this.state = VersionState.APPROVED;
    this.reviewStage = ReviewStage.NONE;
  }

  public void changesRequested() {
    requireInReview(null);
    this.state = VersionState.CHANGES_REQUESTED;
    this.reviewStage = ReviewStage.NONE;
  }

  public void supersede() {
    this.state = VersionState.SUPERSEDED;
    this.reviewStage = ReviewStage.NONE;
  }

  public void withdraw() {
    this.state = VersionState.WITHDRAWN;
    this.reviewStage = ReviewStage.NONE;
  }

  /** Drops the text; the hash stays. */
  public void purge(Instant now) {
    if (!state.purgeable()) {
      throw new Conflict("version " + number + " is " + state + ": only a rejected or withdrawn version is purged");
    }
    if (purgedAt != null) {
      throw new Conflict("version " + number + " was purged already");
    }
    this.text = null;
    this.purgedAt = now;
  }

  private static String describe(ReviewStage stage) {
    return stage == ReviewStage.CLEARANCE ? "the safeguarding lead's clearance" : "a supervisor's approval";
  }

  public String id() {
    return id;
  }

  public String materialId() {
    return materialId;
  }

  public int number() {
    return number;
  }

  public VersionState state() {
    return state;
  }

  public ReviewStage reviewStage() {
    return reviewStage;
  }

  public String text() {
    return text;
  }

  public String contentHash() {
    return contentHash;
  }

  public boolean cleared() {
    return cleared;
  }

  public String clearedNote() {
    return clearedNote;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant purgedAt() {
    return purgedAt;
  }

  public boolean purged() {
    return purgedAt != null;
  }
}
