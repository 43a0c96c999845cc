package org.redheart.meetings.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What an admin enters for a campaign. {@code hashtag} may be given with or without its "#";
 * {@code organiserIds} and {@code supervisorIds} are user ids (users holding that role); both lists
 * are ignored for a campaign open to all.
 */
public record CampaignInput(
    String name,
    String hashtag,
    String mission,
    String vision,
    LocalDate startsOn,
    LocalDate endsOn,
    List<String> organiserIds,
    List<String> supervisorIds) {}
