package org.redheart.meetings.api;

/**
 * What a check-in tap did: {@code created} is false when the tap was a retry (same client key) or
 * the invitee was already checked in; the counts are those after the tap.
 */
public record CheckIn(AttendeeInfo attendee, boolean created, AttendanceCounts counts) {}
