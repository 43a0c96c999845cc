package org.redheart.meetings.api;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What an organiser enters to schedule a meeting. {@code timeZone} is an IANA zone id (the meeting's
 * own zone, e.g. {@code Asia/Dhaka}); {@code campaignId} may be null for the default campaign.
 */
public record ScheduleMeeting(
    String campaignId,
    String title,
    Long audienceCategoryId,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    String timeZone,
    String venue,
    String onlineLink,
    Integer expectedParticipants) {}
