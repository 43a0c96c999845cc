package org.redheart.meetings.api;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What an organiser enters to schedule a meeting. {@code timeZone} is an IANA zone id (the meeting's
 * own zone, e.g. {@code Asia/Dhaka}); {@code campaignId} may be null for the default campaign;
 * {@code templateId} may be null (default deadlines); with a template, a null {@code
 * expectedParticipants} takes the template's.
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
    Integer expectedParticipants,
    String templateId) {

  /** Without a template: the default deadlines and kind ("stakeholder"). */
  public ScheduleMeeting(
      String campaignId,
      String title,
      Long audienceCategoryId,
      LocalDate date,
      LocalTime startTime,
      LocalTime endTime,
      String timeZone,
      String venue,
      String onlineLink,
      Integer expectedParticipants) {
    this(campaignId, title, audienceCategoryId, date, startTime, endTime, timeZone, venue, onlineLink,
        expectedParticipants, null);
  }

  /** The same command with expected participants filled in. */
  public ScheduleMeeting withExpectedParticipants(Integer n) {
    return new ScheduleMeeting(campaignId, title, audienceCategoryId, date, startTime, endTime, timeZone, venue,
        onlineLink, n, templateId);
  }
}
