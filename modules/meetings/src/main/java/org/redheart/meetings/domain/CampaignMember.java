package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A user's membership of a campaign, as an organiser or a supervisor (one row per role). */
@Entity
@Table(name = "mtg_campaign_member")
@IdClass(CampaignMember.Key.class)
public class CampaignMember {
  @Id
  @Column(name = "campaign_id")
  private String campaignId;

  @Id
  @Column(name = "user_id")
  private String userId;

  @Id private String role;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected CampaignMember() {}

  public CampaignMember(String campaignId, String userId, String role) {
    this.campaignId = campaignId;
    this.userId = userId;
    this.role = role;
    this.addedAt = Instant.now();
  }

  public String campaignId() {
    return campaignId;
  }

  public String userId() {
    return userId;
  }

  public String role() {
    return role;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private String campaignId;
    private String userId;
    private String role;

    public Key() {}

    public Key(String campaignId, String userId, String role) {
      this.campaignId = campaignId;
      this.userId = userId;
      this.role = role;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(campaignId, k.campaignId)
          && Objects.equals(userId, k.userId)
          && Objects.equals(role, k.role);
    }

    @Override
    public int hashCode() {
      return Objects.hash(campaignId, userId, role);
    }
  }
}
