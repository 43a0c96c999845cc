package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A meeting whose lifecycle handed its social post to materials ({@code mat_post_request}): who is
 * asked to draft it, the text written at the lifecycle's old draft step (for lifecycles migrated
 * from it), the post made for it, and when it was published.
 */
@Entity
@Table(name = "mat_post_request")
public class PostRequest {
  public static final int MAX_DRAFT_TEXT = 4000;

  @Id
  @Column(name = "meeting_id")
  private String meetingId;

  @Column(name = "organiser_id")
  private String organiserId;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "draft_text")
  private String draftText;

  @Column(name = "material_id")
  private String materialId;

  @Column(name = "published_at")
  private Instant publishedAt;

  private String permalink;

  protected PostRequest() {}

  public PostRequest(String meetingId, String organiserId, String draftText, Instant requestedAt) {
    this.meetingId = meetingId;
    this.organiserId = organiserId;
    this.draftText = draftText == null || draftText.isBlank() ? null
        : draftText.length() > MAX_DRAFT_TEXT ? draftText.substring(0, MAX_DRAFT_TEXT) : draftText;
    this.requestedAt = requestedAt;
  }

  public void postMade(String materialId) {
    if (this.materialId == null) {
      this.materialId = materialId;
    }
  }

  /** Returns false when it was already published (nothing changes). */
  public boolean published(String materialId, String permalink, Instant at) {
    if (publishedAt != null) {
      return false;
    }
    this.materialId = materialId;
    this.permalink = permalink == null || permalink.length() > 2000 ? null : permalink;
    this.publishedAt = at;
    return true;
  }

  public String meetingId() {
    return meetingId;
  }

  public String organiserId() {
    return organiserId;
  }

  public String draftText() {
    return draftText;
  }

  public String materialId() {
    return materialId;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}
