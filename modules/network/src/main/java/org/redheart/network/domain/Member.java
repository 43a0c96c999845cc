package org.redheart.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.redheart.network.api.MemberKind;
import org.redheart.network.api.MemberState;
import org.redheart.network.api.MemberSummary;

/**
 * A contact's membership of the network. Lifecycle: joins ACTIVE when an application is approved;
 * leaves (by its link or a staff member) and becomes LEFT, idempotently; an approved later
 * application makes it ACTIVE again (rejoined). Volunteering sets a flag that stays. One row per
 * contact; the directory columns are a copy of the contact's name and place.
 */
@Entity
@Table(name = "net_member")
public class Member {
  @Id private String id;

  @Column(name = "contact_id", nullable = false)
  private String contactId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberState state;

  private boolean volunteer;

  @Column(nullable = false)
  private String language;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "search_name")
  private String searchName;

  @Column(name = "country_code")
  private String countryCode;

  private String district;

  @Column(name = "category_id")
  private Long categoryId;

  @Column(name = "application_id")
  private String applicationId;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  @Column(name = "left_at")
  private Instant leftAt;

  @Version private long version;

  protected Member() {}

  public Member(String contactId, MemberKind kind, boolean volunteer, String language, String applicationId, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.contactId = contactId;
    this.kind = kind;
    this.state = MemberState.ACTIVE;
    this.volunteer = volunteer;
    this.language = language;
    this.applicationId = applicationId;
    this.joinedAt = now;
  }

  /** Copies the contact's name and place into the directory columns. */
  public void describe(String name, String countryCode, String district, Long categoryId) {
    this.displayName = name;
    this.searchName = ApplicationRules.searchName(name);
    this.countryCode = countryCode;
    this.district = district;
    if (categoryId != null) {
      this.categoryId = categoryId;
    }
  }

  /** Joins again after leaving; false when already active (nothing changes). */
  public boolean rejoin(String applicationId, boolean volunteer, String language, Instant now) {
    if (state == MemberState.ACTIVE) {
      this.volunteer |= volunteer;
      return false;
    }
    this.state = MemberState.ACTIVE;
    this.applicationId = applicationId;
    this.volunteer |= volunteer;
    this.language = language;
    this.joinedAt = now;
    this.leftAt = null;
    return true;
  }

  /** Leaves; false when already left (idempotent). */
  public boolean leave(Instant now) {
    if (state == MemberState.LEFT) {
      return false;
    }
    state = MemberState.LEFT;
    leftAt = now;
    return true;
  }

  /** Marks as a volunteer; false when already one. */
  public boolean markVolunteer() {
    if (volunteer) {
      return false;
    }
    volunteer = true;
    return true;
  }

  public void repointContact(String survivorId) {
    this.contactId = survivorId;
  }

  public void anonymise() {
    displayName = null;
    searchName = null;
    district = null;
  }

  public MemberSummary toSummary() {
    return new MemberSummary(id, contactId, kind, state, volunteer, displayName, countryCode, district, categoryId, language,
        joinedAt, leftAt);
  }

  public String id() { return id; }
  public String contactId() { return contactId; }
  public MemberState state() { return state; }
  public String language() { return language; }
  public boolean isActive() { return state == MemberState.ACTIVE; }
}
