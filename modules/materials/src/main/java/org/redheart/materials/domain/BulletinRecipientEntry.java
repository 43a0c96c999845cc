package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.redheart.materials.api.RecipientState;

/**
 * A member reached by a send: queued to the outbox (with the mail's id) or skipped with the reason.
 * One row per send and contact, so a resumed send never records or queues a contact twice.
 */
@Entity
@Table(name = "mat_bulletin_recipient")
@IdClass(BulletinRecipientEntry.Key.class)
public class BulletinRecipientEntry {
  @Id
  @Column(name = "send_id")
  private String sendId;

  @Id
  @Column(name = "contact_id")
  private String contactId;

  @Column(name = "member_id")
  private String memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecipientState state;

  @Column(name = "outbox_id")
  private String outboxId;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected BulletinRecipientEntry() {}

  public BulletinRecipientEntry(String sendId, String contactId, String memberId, RecipientState state, String outboxId,
      Instant recordedAt) {
    if (state == RecipientState.QUEUED && outboxId == null) {
      throw new IllegalArgumentException("a queued recipient needs its outbox mail");
    }
    this.sendId = sendId;
    this.contactId = contactId;
    this.memberId = memberId;
    this.state = state;
    this.outboxId = outboxId;
    this.recordedAt = recordedAt;
  }

  public String sendId() {
    return sendId;
  }

  public String contactId() {
    return contactId;
  }

  public String memberId() {
    return memberId;
  }

  public RecipientState state() {
    return state;
  }

  public String outboxId() {
    return outboxId;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  /** The composite key (send, contact). */
  public static class Key implements Serializable {
    private String sendId;
    private String contactId;

    public Key() {}

    public Key(String sendId, String contactId) {
      this.sendId = sendId;
      this.contactId = contactId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(sendId, k.sendId) && Objects.equals(contactId, k.contactId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(sendId, contactId);
    }
  }
}
