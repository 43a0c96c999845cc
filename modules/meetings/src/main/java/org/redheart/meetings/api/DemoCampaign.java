package org.redheart.meetings.api;

import java.util.List;
import org.redheart.platform.api.Actor;

/**
 * Loads the demo campaign (the Red Heart Campaign to Promote Child Rights, July 2022 - April 2023:
 * ten meetings with speakers, attendance, groups, findings and recommendations, shipped as
 * classpath resources under {@code demo-campaign/}) through "record a past meeting" into a campaign
 * of that name (found, or created with hashtag #SaveFACE4Children), whose organisers and
 * supervisors the admin chooses. Loading again changes nothing: each meeting carries
 * {@code demo:<id>} as its external reference, and speakers are found again by name. Admins only.
 *
 * @throws org.redheart.platform.api.InvalidInput for unknown users or users without the role
 * @throws org.redheart.platform.api.Forbidden for anyone but an admin
 */
public interface DemoCampaign {

  String DEFAULT_NAME = "Red Heart Campaign to Promote Child Rights";
  String HASHTAG = "#SaveFACE4Children";

  Result load(String campaignName, List<String> organiserIds, List<String> supervisorIds, Actor actor);

  /** What a load did. */
  record Result(
      String campaignId, boolean campaignCreated, int meetingsCreated, int meetingsAlreadyLoaded,
      int contactsCreated, int contactsFound, List<String> meetingIds) {}
}
