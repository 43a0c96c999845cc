package org.redheart.meetings.api;

import java.util.Map;
import java.util.Optional;
import org.redheart.platform.api.Actor;

/**
 * Past meetings: recorded after the fact with their own rules (see {@link RecordPastMeeting}); no
 * process instance; status HISTORICAL. Recording and confirming theme codes is for organisers and
 * supervisors of the meeting's campaign; reading for those who may read meetings.
 *
 * @throws org.redheart.platform.api.InvalidInput on bad input, per field (nothing is stored)
 * @throws org.redheart.platform.api.Forbidden when the actor does not belong to the campaign
 * @throws org.redheart.platform.api.NotFound for an unknown meeting
 * @throws org.redheart.platform.api.Conflict when the campaign already has a meeting with the external reference
 */
public interface PastMeetings {

  /** The status of a recorded past meeting (also its stage). */
  String HISTORICAL = "HISTORICAL";

  PastMeetingRecord record(RecordPastMeeting command, Actor actor);

  /** The record of a past meeting; empty for a meeting that is not a past one. */
  Optional<PastMeetingRecord> find(String meetingId, Actor actor);

  /**
   * Confirms the theme codes of the meeting's groups: {@code codes} maps a group's id to its code (as
   * suggested or changed); every group named is then no longer "suggested".
   */
  PastMeetingRecord confirmThemeCodes(String meetingId, Map<Long, String> codes, Actor actor);
}
