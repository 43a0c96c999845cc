package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A contact chosen at the invitations step: a speaker (with a topic) or a participant. Ids only. */
@Entity
@Table(name = "mtg_invitee")
@IdClass(Invitee.Key.class)
public class Invitee {
  public static final String SPEAKER = "SPEAKER";
  public static final String PARTICIPANT = "PARTICIPANT";

  @Id
  @Column(name = "meeting_id")
  private String meetingId;

  @Id
  @Column(name = "contact_id")
  private String contactId;

  @Column(nullable = false)
  private String kind;

  @Column(length = 500)
  private String topic;

  @Column(nullable = false)
  private String status;

  @Column(name = "added_by", nullable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected Invitee() {}

  public Invitee(String meetingId, String contactId, String kind, String topic, String addedBy) {
    this.meetingId = meetingId;
    this.contactId = contactId;
    this.kind = kind;
    this.topic = topic;
    this.status = "CHOSEN";
    this.addedBy = addedBy;
    this.addedAt = Instant.now();
  }

  /** Makes the invitee a speaker with a topic, or a participant (topic dropped). */
  public void change(String newKind, String newTopic) {
    this.kind = newKind;
    this.topic = SPEAKER.equals(newKind) ? newTopic : null;
  }

  public String meetingId() { return meetingId; }
  public String contactId() { return contactId; }
  public String kind() { return kind; }
  public String topic() { return topic; }
  public String status() { return status; }
  public Instant addedAt() { return addedAt; }

  /** The composite key. */
  public static class Key implements Serializable {
    private String meetingId;
    private String contactId;

    public Key() {}

    public Key(String meetingId, String contactId) {
      this.meetingId = meetingId;
      this.contactId = contactId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(meetingId, k.meetingId) && Objects.equals(contactId, k.contactId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(meetingId, contactId);
    }
  }
}
