package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.redheart.meetings.api.MeetingSummary;

/**
 * A meeting of a campaign. Scheduled by an organiser (who stays its organiser), it then moves through
 * the lifecycle's steps; {@code stage} names the step open now, or {@link MeetingSummary#COMPLETED}.
 * Times are stored as UTC instants with the meeting's own zone beside them.
 */
@Entity
@Table(name = "mtg_meeting")
public class Meeting {
  @Id private String id;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Column(nullable = false)
  private String title;

  @Column(name = "audience_category_id", nullable = false)
  private long audienceCategoryId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  private String venue;

  @Column(name = "online_link")
  private String onlineLink;

  @Column(name = "expected_participants", nullable = false)
  private int expectedParticipants;

  @Column(name = "organiser_id", nullable = false)
  private String organiserId;

  @Column(nullable = false)
  private String stage;

  @Column(name = "stage_changed_at", nullable = false)
  private Instant stageChangedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  // --- lifecycle (issue 5, helper A): deadlines copied from the template, status, cancellation
  @Column(name = "deadlines")
  private String deadlines;

  @Column(name = "status", nullable = false)
  private String status = STATUS_ACTIVE;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Version private long version;

  @Column(name = "template_id")
  private String templateId;

  @Column(nullable = false)
  private String kind = "stakeholder";

  @Column(name = "room_capacity")
  private Integer roomCapacity;

  // What a past meeting ("record a past meeting") records instead of running a process (V2 columns).
  @Column(length = 1000)
  private String audience;

  private String mode;

  @Column(name = "times_known", nullable = false)
  private boolean timesKnown = true;

  @Column(name = "attendance_total")
  private Integer attendanceTotal;

  @Column(name = "attendance_unit")
  private String attendanceUnit;

  @Column(name = "groups_planned")
  private Integer groupsPlanned;

  @Column(name = "groups_held")
  private Integer groupsHeld;

  @Column(name = "external_ref")
  private String externalRef;

  protected Meeting() {}

  public Meeting(
      String campaignId,
      String title,
      long audienceCategoryId,
      ZonedDateTime startsAt,
      ZonedDateTime endsAt,
      String venue,
      String onlineLink,
      int expectedParticipants,
      String organiserId,
      String firstStage) {
    this.id = UUID.randomUUID().toString();
    this.campaignId = campaignId;
    this.title = title;
    this.audienceCategoryId = audienceCategoryId;
    this.startsAt = startsAt.toInstant();
    this.endsAt = endsAt == null ? null : endsAt.toInstant();
    this.timeZone = startsAt.getZone().getId();
    this.venue = venue;
    this.onlineLink = onlineLink;
    this.expectedParticipants = expectedParticipants;
    this.organiserId = organiserId;
    this.createdAt = Instant.now();
    moveTo(firstStage);
  }

  /**
   * What the meeting takes from its template: the template id, the kind (the template's code) and
   * the deadlines as JSON ({@code {"WRITE_CONCEPT_NOTE":-21,...}}, see {@code
   * MeetingTemplate.deadlinesJson}).
   */
  public void fromTemplate(String newTemplateId, String newKind, String deadlinesJson) {
    this.templateId = newTemplateId;
    this.kind = newKind;
    this.deadlines = deadlinesJson;
  }

  /** The room capacity, as the last concept note gave it (null before). */
  public Integer roomCapacity() {
    return roomCapacity;
  }

  public void roomCapacity(Integer capacity) {
    this.roomCapacity = capacity;
  }

  public String templateId() {
    return templateId;
  }

  public String kind() {
    return kind;
  }

  /** The step deadlines as JSON, or null for a meeting made before templates. */
  public String deadlines() {
    return deadlines;
  }

  /** Minutes from start to end, or null when the end is not known. */
  public Long durationMinutes() {
    return endsAt == null ? null : java.time.Duration.between(startsAt, endsAt).toMinutes();
  }

  public void moveTo(String newStage) {
    this.stage = newStage;
    this.stageChangedAt = Instant.now();
  }

  public String id() {
    return id;
  }

  public String organiserId() {
    return organiserId;
  }

  public ZonedDateTime startsAt() {
    return startsAt.atZone(ZoneId.of(timeZone));
  }

  /** Marks this meeting as a recorded past meeting (status HISTORICAL) with what its record says. */
  public void recordPast(String kind, String audience, String mode, boolean timesKnown, Integer attendanceTotal,
      String attendanceUnit, Integer groupsPlanned, int groupsHeld, String externalRef) {
    this.status = STATUS_HISTORICAL;
    this.kind = kind;
    this.audience = audience;
    this.mode = mode;
    this.timesKnown = timesKnown;
    this.attendanceTotal = attendanceTotal;
    this.attendanceUnit = attendanceUnit;
    this.groupsPlanned = groupsPlanned;
    this.groupsHeld = groupsHeld;
    this.externalRef = externalRef;
  }

  public long audienceCategoryId() { return audienceCategoryId; }
  public String audience() { return audience; }
  public String mode() { return mode; }
  public boolean timesKnown() { return timesKnown; }
  public Integer attendanceTotal() { return attendanceTotal; }
  public String attendanceUnit() { return attendanceUnit; }
  public Integer groupsPlanned() { return groupsPlanned; }
  public Integer groupsHeld() { return groupsHeld; }
  public String externalRef() { return externalRef; }

  public MeetingSummary toSummary() {
    ZoneId zone = ZoneId.of(timeZone);
    return new MeetingSummary(
        id,
        campaignId,
        title,
        audienceCategoryId,
        startsAt.atZone(zone),
        endsAt == null ? null : endsAt.atZone(zone),
        venue,
        onlineLink,
        expectedParticipants,
        organiserId,
        stage);
  }

  // --- lifecycle (issue 5, helper A)
  public static final String STATUS_ACTIVE = "ACTIVE";
  public static final String STATUS_CANCELLED = "CANCELLED";
  public static final String STATUS_COMPLETED = "COMPLETED";
  public static final String STATUS_HISTORICAL = "HISTORICAL";

  public String campaignId() {
    return campaignId;
  }

  public String title() {
    return title;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public ZonedDateTime endsAt() {
    return endsAt == null ? null : endsAt.atZone(ZoneId.of(timeZone));
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String stage() {
    return stage;
  }

  /** The step deadlines (JSON object: step name or task key to days) copied from the template, or null. */
  public String deadlinesJson() {
    return deadlines;
  }

  public void setDeadlinesJson(String deadlinesJson) {
    this.deadlines = deadlinesJson;
  }

  public String status() {
    return status;
  }

  public boolean isActive() {
    return STATUS_ACTIVE.equals(status);
  }

  public String cancelReason() {
    return cancelReason;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public String cancelledBy() {
    return cancelledBy;
  }

  /** Moves the meeting to a new start (and end), keeping or changing its zone. */
  public void reschedule(ZonedDateTime newStart, ZonedDateTime newEnd) {
    this.startsAt = newStart.toInstant();
    this.endsAt = newEnd == null ? null : newEnd.toInstant();
    this.timeZone = newStart.getZone().getId();
  }

  public void cancel(String reason, String byUserId, Instant at) {
    this.status = STATUS_CANCELLED;
    moveTo(STATUS_CANCELLED); // lists show the stage: a cancelled meeting reads "Cancelled", not its last step
    this.cancelReason = reason;
    this.cancelledBy = byUserId;
    this.cancelledAt = at;
  }

  public void completeLifecycle() {
    this.status = STATUS_COMPLETED;
  }
}
