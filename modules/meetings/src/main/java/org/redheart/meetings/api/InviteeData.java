package org.redheart.meetings.api;

import java.time.Instant;

/** A contact chosen at the invitations step; {@code kind} SPEAKER (with a topic) or PARTICIPANT. */
public record InviteeData(String contactId, String kind, String topic, String status, Instant addedAt) {
  public static final String SPEAKER = "SPEAKER";
  public static final String PARTICIPANT = "PARTICIPANT";
}
