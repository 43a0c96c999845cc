package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A colleague a speaker suggested when declining (personal data: name, address, organisation, note,
 * blanked by erasure). {@code status} OPEN, INVITED (then {@code contactId}), DISMISSED or ERASED.
 */
@Entity
@Table(name = "mtg_speaker_suggestion")
public class Suggestion {
  public static final String OPEN = "OPEN";
  public static final String INVITED = "INVITED";
  public static final String DISMISSED = "DISMISSED";
  public static final String ERASED = "ERASED";

  @Id private String id;

  @Column(name = "meeting_id", nullable = false)
  private String meetingId;

  @Column(name = "invitation_id", nullable = false)
  private String invitationId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 320)
  private String email;

  @Column(length = 300)
  private String organisation;

  @Column(length = 1000)
  private String note;

  @Column(nullable = false)
  private String status;

  @Column(name = "contact_id")
  private String contactId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  protected Suggestion() {}

  public Suggestion(String meetingId, String invitationId, String name, String email, String organisation, String note,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.meetingId = meetingId;
    this.invitationId = invitationId;
    this.name = name;
    this.email = email;
    this.organisation = organisation;
    this.note = note;
    this.status = OPEN;
    this.createdAt = at;
  }

  public boolean isOpen() {
    return OPEN.equals(status);
  }

  public void invited(String newContactId, String by, Instant at) {
    this.status = INVITED;
    this.contactId = newContactId;
    this.closedBy = by;
    this.closedAt = at;
  }

  public void dismissed(String by, Instant at) {
    this.status = DISMISSED;
    this.closedBy = by;
    this.closedAt = at;
  }

  public String id() { return id; }
  public String meetingId() { return meetingId; }
  public String invitationId() { return invitationId; }
  public String name() { return name; }
  public String email() { return email; }
  public String organisation() { return organisation; }
  public String note() { return note; }
  public String status() { return status; }
  public String contactId() { return contactId; }
  public Instant createdAt() { return createdAt; }
  public Instant closedAt() { return closedAt; }
}
