package org.redheart.network.api;

import java.time.Instant;

/**
 * One line of a member's history. {@code action}: JOINED, REJOINED, LEFT, VOLUNTEERED; {@code via}:
 * REVIEW (an approved application), STAFF (a user on the member's page), LINK (the member's own
 * leave link), MEETING (marked as a volunteer at {@code meetingId}). {@code actorId} is the user who
 * acted, null when the member acted through a link.
 */
public record MemberEvent(Instant at, String action, String via, String actorId, String meetingId) {}
