package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.redheart.materials.api.Channel;
import org.redheart.materials.api.Publication;
import org.redheart.materials.api.PublicationState;

/**
 * The publication of one approved social post: its channel, due time, state and tries, the channel's
 * post id and permalink once out, and the last error. State changes are the methods below; the
 * optimistic lock keeps two tries from both publishing.
 */
@Entity
@Table(name = "mat_publication")
public class PublicationEntry {
  /** The longest error message kept (the column's size). */
  public static final int MAX_ERROR = 1000;

  @Id
  @Column(name = "material_id")
  private String materialId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PublicationState state;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "external_post_id")
  private String externalPostId;

  private String permalink;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "error_code")
  private Integer errorCode;

  @Column(name = "error_message")
  private String errorMessage;

  @Column(name = "scheduled_by", nullable = false)
  private String scheduledBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected PublicationEntry() {}

  public PublicationEntry(String materialId, Channel channel, Instant scheduledAt, String scheduledBy, Instant now) {
    this.materialId = materialId;
    this.channel = channel;
    this.scheduledAt = scheduledAt;
    this.scheduledBy = scheduledBy;
    this.state = PublicationState.SCHEDULED;
    this.updatedAt = now;
  }

  /** A new schedule replaces one not yet run: tries and the last error start again. */
  public void reschedule(Channel newChannel, Instant at, String by, Instant now) {
    if (state == PublicationState.PUBLISHED || state == PublicationState.PUBLISHED_OUTSIDE) {
      throw new IllegalStateException("the post is published already");
    }
    channel = newChannel;
    scheduledAt = at;
    scheduledBy = by;
    state = PublicationState.SCHEDULED;
    attempts = 0;
    nextAttemptAt = null;
    errorCode = null;
    errorMessage = null;
    updatedAt = now;
  }

  public void publishing(Instant now) {
    state = PublicationState.PUBLISHING;
    attempts++;
    nextAttemptAt = null;
    updatedAt = now;
  }

  public void awaitingManualPost(Instant now) {
    state = PublicationState.AWAITING_MANUAL_POST;
    updatedAt = now;
  }

  public void retryAt(Instant next, Integer code, String message, Instant now) {
    state = PublicationState.RETRY_WAIT;
    nextAttemptAt = next;
    errorCode = code;
    errorMessage = clip(message);
    updatedAt = now;
  }

  public void failed(Integer code, String message, Instant now) {
    state = PublicationState.FAILED;
    nextAttemptAt = null;
    errorCode = code;
    errorMessage = clip(message);
    updatedAt = now;
  }

  public void published(Channel through, String postId, String link, Instant now) {
    channel = through;
    state = PublicationState.PUBLISHED;
    externalPostId = postId;
    permalink = link;
    publishedAt = now;
    nextAttemptAt = null;
    errorCode = null;
    errorMessage = null;
    updatedAt = now;
  }

  public boolean isOut() {
    return state == PublicationState.PUBLISHED || state == PublicationState.PUBLISHED_OUTSIDE;
  }

  public String materialId() {
    return materialId;
  }

  public Channel channel() {
    return channel;
  }

  public PublicationState state() {
    return state;
  }

  public Instant scheduledAt() {
    return scheduledAt;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String externalPostId() {
    return externalPostId;
  }

  public String permalink() {
    return permalink;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Integer errorCode() {
    return errorCode;
  }

  public String errorMessage() {
    return errorMessage;
  }

  public String scheduledBy() {
    return scheduledBy;
  }

  public Publication view() {
    return new Publication(materialId, channel, state, scheduledAt, attempts, nextAttemptAt, externalPostId, permalink,
        publishedAt, errorCode, errorMessage, scheduledBy);
  }

  private static String clip(String message) {
    if (message == null) {
      return null;
    }
    return message.length() <= MAX_ERROR ? message : message.substring(0, MAX_ERROR);
  }
}
