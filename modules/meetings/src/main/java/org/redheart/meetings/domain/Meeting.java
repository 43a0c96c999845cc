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

  @Version private long version;

  // What a past meeting ("record a past meeting") records instead of running a process (V2 columns).
  @Column(nullable = false)
  private String status = "ACTIVE";

  @Column(nullable = false)
  private String kind = "stakeholder";

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
    this.status = "HISTORICAL";
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

  public String campaignId() { return campaignId; }
  public long audienceCategoryId() { return audienceCategoryId; }
  public String status() { return status; }
  public String kind() { return kind; }
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
}
