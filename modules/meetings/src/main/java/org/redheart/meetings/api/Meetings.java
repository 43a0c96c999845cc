package org.redheart.meetings.api;

import java.util.Collection;
import java.util.Map;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Meetings: scheduling one starts its lifecycle process. Organisers and supervisors schedule and run
 * meetings; organisers, supervisors and the safeguarding lead may read them.
 *
 * @throws org.redheart.platform.api.InvalidInput on bad input (nothing is created)
 * @throws org.redheart.platform.api.Forbidden when the actor's roles do not allow it
 * @throws org.redheart.platform.api.NotFound for an unknown id
 */
public interface Meetings {

  MeetingSummary schedule(ScheduleMeeting command, Actor actor);

  MeetingDetails details(String meetingId, Actor actor);

  /** Meetings by start time, newest first; {@code campaignId} null for all campaigns. */
  Page<MeetingSummary> list(String campaignId, PageRequest page, Actor actor);

  /**
   * Moves a meeting (organisers and supervisors of its campaign): its open and future steps get due
   * dates for the new date ({@code DueDates.rescheduled}), and every timer of its lifecycle moves.
   * {@code timeZone} null keeps the meeting's zone; {@code endTime} may be null.
   */
  MeetingSummary reschedule(
      String meetingId, java.time.LocalDate date, java.time.LocalTime startTime, java.time.LocalTime endTime,
      String timeZone, Actor actor);

  /**
   * Cancels a meeting (organisers and supervisors of its campaign) with a required reason: its
   * lifecycle ends, open steps are cancelled.
   */
  MeetingState cancel(String meetingId, String reason, Actor actor);

  /** The meeting's status, cancellation and who must be told of it. */
  MeetingState state(String meetingId, Actor actor);

  /** Summaries by id (for work lists); unknown ids are left out. */
  Map<String, MeetingSummary> summaries(Collection<String> meetingIds);
}
