package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A mail sent for an invitation: at most one per (invitation, kind, calendar sequence). */
@Entity
@Table(name = "mtg_invitation_mail")
@IdClass(InvitationMail.Key.class)
public class InvitationMail {
  public static final String INVITATION = "INVITATION";
  public static final String REMINDER = "REMINDER";
  public static final String CONFIRMATION = "CONFIRMATION";
  public static final String WAITING = "WAITING";
  public static final String PROMOTED = "PROMOTED";
  public static final String DAY_BEFORE = "DAY_BEFORE";
  public static final String UPDATE = "UPDATE";
  public static final String CANCELLATION = "CANCELLATION";

  @Id
  @Column(name = "invitation_id")
  private String invitationId;

  @Id
  @Column(name = "kind")
  private String kind;

  @Id
  @Column(name = "ics_sequence")
  private int icsSequence;

  @Column(name = "mail_id", nullable = false)
  private String mailId;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected InvitationMail() {}

  public InvitationMail(String invitationId, String kind, int icsSequence, String mailId, Instant sentAt) {
    this.invitationId = invitationId;
    this.kind = kind;
    this.icsSequence = icsSequence;
    this.mailId = mailId;
    this.sentAt = sentAt;
  }

  public String mailId() { return mailId; }

  /** The composite key. */
  public static class Key implements Serializable {
    private String invitationId;
    private String kind;
    private int icsSequence;

    public Key() {}

    public Key(String invitationId, String kind, int icsSequence) {
      this.invitationId = invitationId;
      this.kind = kind;
      this.icsSequence = icsSequence;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(invitationId, k.invitationId) && Objects.equals(kind, k.kind)
          && icsSequence == k.icsSequence;
    }

    @Override
    public int hashCode() {
      return Objects.hash(invitationId, kind, icsSequence);
    }
  }
}
