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

  public boolean openToAll() {
    return openToAll;
  }

  public Campaign toRecord() {
    return new Campaign(id, name, hashtag);
  }
}
