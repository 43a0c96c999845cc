package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One answer to an invitation as it was given (ACCEPT_ON_SITE, ACCEPT_ONLINE, DECLINE, DELEGATE, or
 * WITHDRAWN by the organiser), with the status it led to; {@code correlatedAt} is set once the speaker's
 * invitation process has been told. {@code reason} is the invitee's own words (erasable).
 */
@Entity
@Table(name = "mtg_invitation_answer")
public class InvitationAnswer {
  public static final String WITHDRAWN = "WITHDRAWN";

  @Id private String id;

  @Column(name = "invitation_id", nullable = false)
  private String invitationId;

  @Column(name = "meeting_id", nullable = false)
  private String meetingId;

  @Column(nullable = false)
  private String answer;

  @Column(nullable = false)
  private String outcome;

  @Column(length = 1000)
  private String reason;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Column(name = "correlated_at")
  private Instant correlatedAt;

  protected InvitationAnswer() {}

  public InvitationAnswer(String invitationId, String meetingId, String answer, String outcome, String reason, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.invitationId = invitationId;
    this.meetingId = meetingId;
    this.answer = answer;
    this.outcome = outcome;
    this.reason = reason;
    this.answeredAt = at;
  }

  public void told(Instant at) {
    if (correlatedAt == null) {
      correlatedAt = at;
    }
  }

  public String id() { return id; }
  public String invitationId() { return invitationId; }
  public String meetingId() { return meetingId; }
  public String answer() { return answer; }
  public String outcome() { return outcome; }
  public String reason() { return reason; }
  public Instant answeredAt() { return answeredAt; }
  public Instant correlatedAt() { return correlatedAt; }
}
