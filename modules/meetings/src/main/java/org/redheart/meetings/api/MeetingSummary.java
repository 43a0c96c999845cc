package org.redheart.meetings.api;

import java.time.ZonedDateTime;

/** A meeting as lists and other modules see it; times are in the meeting's own zone. */
public record MeetingSummary(
    String id,
    String campaignId,
    String title,
    long audienceCategoryId,
    ZonedDateTime startsAt,
    ZonedDateTime endsAt,
    String venue,
    String onlineLink,
    int expectedParticipants,
    String organiserId,
    String stage) {

  /** The stage value once every step is done. */
  public static final String COMPLETED = "COMPLETED";
}
