package org.redheart.meetings.api;

/** New values for an attendee; a null category keeps the current one. Blank gender or age band clears it. */
public record AttendeeUpdate(Long categoryId, String gender, String ageBand, boolean volunteer) {}
