package org.redheart.meetings.api;

/**
 * Persisted event: an attendee of a meeting volunteered. The app hands it to the network, which
 * marks the contact as a volunteer (idempotently per meeting).
 */
public record AttendeeVolunteered(String meetingId, String contactId) {}
