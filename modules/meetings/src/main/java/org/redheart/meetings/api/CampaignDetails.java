package org.redheart.meetings.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign with everything an admin edits: mission, vision, dates and its members. A campaign
 * {@code openToAll} (the foundation's default one) counts every organiser and supervisor as a member;
 * its member lists are then empty.
 */
public record CampaignDetails(
    String id,
    String name,
    String hashtag,
    String mission,
    String vision,
    LocalDate startsOn,
    LocalDate endsOn,
    boolean openToAll,
    List<String> organiserIds,
    List<String> supervisorIds) {

  public CampaignDetails {
    organiserIds = List.copyOf(organiserIds);
    supervisorIds = List.copyOf(supervisorIds);
  }

  public Campaign toCampaign() {
    return new Campaign(id, name, hashtag);
  }
}
