package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action plan named by a breakout group: the action, its owner (a contact — a person or an
 * organisation — or, for a past meeting's record, only the owner's name as reported), its due date
 * and, once closed, its outcome. A live meeting's plan runs in its own {@code ActionPlanProcess}
 * (business key: the plan's id) until it is closed.
 */
@Entity
@Table(name = "mtg_action_plan")
public class ActionPlan {
  public static final String OPEN = "OPEN";
  public static final String CLOSED = "CLOSED";

  @Id private String id;

  @Column(name = "meeting_id", nullable = false)
  private String meetingId;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Column(name = "group_id")
  private Long groupId;

  @Column(nullable = false, length = 2000)
  private String action;

  @Column(name = "owner_contact_id")
  private Long ownerContactId;

  @Column(name = "owner_name", length = 300)
  private String ownerName;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(nullable = false)
  private String status;

  @Column(length = 2000)
  private String outcome;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @Column(name = "owner_contact_ref", length = 36)
  private String ownerContactRef;

  @Column(name = "reminder_count", nullable = false)
  private int reminderCount;

  @Column(name = "last_reminded_at")
  private Instant lastRemindedAt;

  protected ActionPlan() {}

  public ActionPlan(
      String meetingId, String campaignId, Long groupId, String action, Long ownerContactId, String ownerName,
      LocalDate dueOn, String createdBy) {
    this.id = UUID.randomUUID().toString();
    this.meetingId = meetingId;
    this.campaignId = campaignId;
    this.groupId = groupId;
    this.action = action;
    this.ownerContactId = ownerContactId;
    this.ownerName = ownerName;
    this.dueOn = dueOn;
    this.status = OPEN;
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  public String id() { return id; }
  public String meetingId() { return meetingId; }
  public String campaignId() { return campaignId; }
  public Long groupId() { return groupId; }
  public String action() { return action; }
  public Long ownerContactId() { return ownerContactId; }
  public String ownerName() { return ownerName; }
  public LocalDate dueOn() { return dueOn; }
  public String status() { return status; }
  public String outcome() { return outcome; }
  public Instant closedAt() { return closedAt; }
  public String closedBy() { return closedBy; }
  public boolean open() { return OPEN.equals(status); }

  public void change(String action, Long ownerContactId, String ownerName, LocalDate dueOn) {
    this.action = action;
    this.ownerContactId = ownerContactId;
    this.ownerName = ownerName;
    this.dueOn = dueOn;
  }

  public void close(String outcome, String closedBy) {
    this.status = CLOSED;
    this.outcome = outcome;
    this.closedBy = closedBy;
    this.closedAt = Instant.now();
  }

  /** The owner's contact id (contacts have UUID ids): the person or organisation to remind. */
  public String ownerContactRef() { return ownerContactRef; }
  public int reminderCount() { return reminderCount; }
  public Instant lastRemindedAt() { return lastRemindedAt; }
  public Instant createdAt() { return createdAt; }
  public String createdBy() { return createdBy; }

  public void setOwnerContactRef(String ownerContactRef) {
    this.ownerContactRef = ownerContactRef;
  }

  /** Notes that a reminder went out (to the owner or, failing that, to the organiser). */
  public void reminded(Instant at) {
    this.reminderCount++;
    this.lastRemindedAt = at;
  }
}
