package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact chosen at the invitations step: a speaker (with a topic and length) or a participant, and
 * where their invitation stands once sent: its id (the subject of the answer link), the answer, the
 * place on the waiting list, the calendar SEQUENCE and the last mail. Ids only (names live with the
 * contact); {@code reason} is what the invitee wrote (personal data, erasable).
 */
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

  @Column(name = "invitation_id")
  private String invitationId;

  @Column(name = "length_minutes")
  private Integer lengthMinutes;

  @Column(name = "answer_mode")
  private String answerMode;

  @Column(length = 1000)
  private String reason;

  @Column(name = "invited_at")
  private Instant invitedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "waiting_since")
  private Instant waitingSince;

  @Column(name = "ics_sequence", nullable = false)
  private int icsSequence;

  @Column(nullable = false)
  private boolean confirmed;

  @Column(name = "not_sent_reason")
  private String notSentReason;

  @Column(name = "last_mail_id")
  private String lastMailId;

  @Column(name = "last_mail_kind")
  private String lastMailKind;

  @Column(name = "bio_file_id")
  private String bioFileId;

  @Column(name = "slides_file_id")
  private String slidesFileId;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

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
    if (!SPEAKER.equals(newKind)) {
      this.lengthMinutes = null;
    }
  }

  /** A speaker's talk length in minutes (null: not asked). */
  public void lengthMinutes(Integer minutes) {
    this.lengthMinutes = SPEAKER.equals(kind) ? minutes : null;
  }

  /** Whether the invitation may be sent (again): chosen, or not sent before. */
  public boolean sendable() {
    return "CHOSEN".equals(status) || "NOT_SENT".equals(status);
  }

  /** It could not be sent (MINOR, NO_ADDRESS, NO_CONSENT). */
  public void notSent(String why) {
    this.status = "NOT_SENT";
    this.notSentReason = why;
  }

  /** It is sent now: a fresh invitation id (kept when it had one), no answer yet. */
  public void invited(Instant at) {
    if (invitationId == null) {
      invitationId = java.util.UUID.randomUUID().toString();
    }
    this.status = "INVITED";
    this.notSentReason = null;
    this.invitedAt = at;
  }

  /** Applies a decided answer. */
  public void answered(InvitationRules.Decision d, String newReason, Instant at) {
    this.status = d.status();
    this.answerMode = d.mode();
    if (d.joinsWaitingList()) {
      this.waitingSince = at;
    } else if (!"WAITING".equals(d.status())) {
      this.waitingSince = null;
    }
    if ("DECLINED".equals(d.status()) || "DELEGATED".equals(d.status())) {
      this.reason = newReason;
    } else if ("ACCEPTED".equals(d.status()) || "WAITING".equals(d.status())) {
      this.reason = null;
    }
    this.answeredAt = at;
  }

  /** Moves up from the waiting list. */
  public void promoted() {
    this.status = "ACCEPTED";
    this.waitingSince = null;
  }

  /** Withdrawn by the organiser, or the meeting cancelled ({@code newStatus} WITHDRAWN or CANCELLED). */
  public void closed(String newStatus, String why) {
    this.status = newStatus;
    this.waitingSince = null;
    if (why != null) {
      this.reason = why;
    }
  }

  /** A new version of the calendar event (a move, a new confirmation, a cancellation): SEQUENCE + 1. */
  public int nextSequence() {
    return ++icsSequence;
  }

  /** Whether a METHOD:REQUEST stands for them (set when a confirmation goes, cleared by a CANCEL). */
  public void confirmed(boolean value) {
    this.confirmed = value;
  }

  public void lastMail(String mailId, String mailKind) {
    this.lastMailId = mailId;
    this.lastMailKind = mailKind;
  }

  public void bioFile(String fileId) { this.bioFileId = fileId; }
  public void slidesFile(String fileId) { this.slidesFileId = fileId; }

  public String invitationId() { return invitationId; }
  public Integer lengthMinutes() { return lengthMinutes; }
  public String answerMode() { return answerMode; }
  public String reason() { return reason; }
  public Instant invitedAt() { return invitedAt; }
  public Instant answeredAt() { return answeredAt; }
  public Instant waitingSince() { return waitingSince; }
  public int icsSequence() { return icsSequence; }
  public boolean confirmed() { return confirmed; }
  public String notSentReason() { return notSentReason; }
  public String lastMailId() { return lastMailId; }
  public String lastMailKind() { return lastMailKind; }
  public String bioFileId() { return bioFileId; }
  public String slidesFileId() { return slidesFileId; }
  public boolean isSpeaker() { return SPEAKER.equals(kind); }

  public InvitationRules.Current current() {
    return new InvitationRules.Current(kind, status, answerMode, confirmed);
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
