package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.redheart.meetings.api.Campaign;

/** A campaign; one is seeded at first start. */
@Entity
@Table(name = "mtg_campaign")
public class CampaignEntry {
  @Id private String id;

  @Column(nullable = false)
  private String name;

  private String hashtag;

  @Column(length = 2000)
  private String mission;

  @Column(length = 2000)
  private String vision;

  @Column(name = "starts_on")
  private java.time.LocalDate startsOn;

  @Column(name = "ends_on")
  private java.time.LocalDate endsOn;

  @Column(name = "open_to_all", nullable = false)
  private boolean openToAll;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CampaignEntry() {}

  public CampaignEntry(String id) {
    this.id = id;
    this.createdAt = Instant.now();
  }

  /** Sets the fields an admin edits (already checked). */
  public void edit(String newName, String newHashtag, String newMission, String newVision,
      java.time.LocalDate newStartsOn, java.time.LocalDate newEndsOn) {
    this.name = newName;
    this.hashtag = newHashtag;
    this.mission = newMission;
    this.vision = newVision;
    this.startsOn = newStartsOn;
    this.endsOn = newEndsOn;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String hashtag() {
    return hashtag;
  }

  public String mission() {
    return mission;
  }

  public String vision() {
    return vision;
  }

  public java.time.LocalDate startsOn() {
    return startsOn;
  }

  public java.time.LocalDate endsOn() {
    return endsOn;
  }

  public boolean openToAll() {
    return openToAll;
  }

  public Campaign toRecord() {
    return new Campaign(id, name, hashtag);
  }
}
