package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Someone checked in at a meeting: an invitee or a walk-in (walk-ins are contacts too), with their
 * stakeholder category and, optionally, gender and age band. {@code clientKey} is the id of the tap
 * that checked them in, unique per meeting: a retried tap finds its row and counts once. Adults only:
 * children are a headcount by age band ({@code mtg_child_headcount}), never names.
 */
@Entity
@Table(name = "mtg_attendee")
public class Attendee {
  // A sequence, not IDENTITY: EclipseLink reads identities with CALL IDENTITY(), which H2 2.x no longer has.
  @Id
  @SequenceGenerator(name = "mtg_attendee_seq", sequenceName = "mtg_attendee_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mtg_attendee_seq")
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private String meetingId;

  @Column(name = "contact_id")
  private String contactId;

  @Column(name = "category_id")
  private Long categoryId;

  private String gender;

  @Column(name = "age_band")
  private String ageBand;

  @Column(name = "walk_in", nullable = false)
  private boolean walkIn;

  @Column(nullable = false)
  private boolean volunteer;

  @Column(name = "client_key", nullable = false)
  private String clientKey;

  @Column(name = "checked_in_by", nullable = false)
  private String checkedInBy;

  @Column(name = "checked_in_at", nullable = false)
  private Instant checkedInAt;

  protected Attendee() {}

  public Attendee(
      String meetingId, String contactId, Long categoryId, boolean walkIn, String clientKey, String checkedInBy) {
    this.meetingId = meetingId;
    this.contactId = contactId;
    this.categoryId = categoryId;
    this.walkIn = walkIn;
    this.clientKey = clientKey;
    this.checkedInBy = checkedInBy;
    this.checkedInAt = Instant.now();
  }

  public Long id() { return id; }
  public String meetingId() { return meetingId; }
  public String contactId() { return contactId; }
  public Long categoryId() { return categoryId; }
  public String gender() { return gender; }
  public String ageBand() { return ageBand; }
  public boolean walkIn() { return walkIn; }
  public boolean volunteer() { return volunteer; }
  public String clientKey() { return clientKey; }
  public Instant checkedInAt() { return checkedInAt; }

  public void describe(Long categoryId, String gender, String ageBand) {
    this.categoryId = categoryId;
    this.gender = gender;
    this.ageBand = ageBand;
  }

  public void setVolunteer(boolean volunteer) {
    this.volunteer = volunteer;
  }
}
