package org.redheart.meetings.api;

import java.util.Map;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Attendance at a meeting, checked in on a phone on the day (step {@link Step#RECORD_ATTENDANCE}).
 * Only organisers and supervisors of the meeting's campaign may read or change it.
 *
 * <p>Every tap is idempotent: a check-in carries a client key (the tap's id, made when the page or
 * the button is rendered), unique per meeting; the same key again returns the row it made, and an
 * invitee already checked in (by another tap) is returned as they are. Neither counts twice.
 * Children are a headcount by age band, set (not added), never names. Going over the room capacity
 * (the concept note's {@code roomCapacity}, else the meeting's expected participants) is reported
 * in the counts and asks for a note; it never blocks.
 *
 * @throws org.redheart.platform.api.InvalidInput on bad input, per field; nothing is changed
 * @throws org.redheart.platform.api.Forbidden when the actor is no organiser or supervisor of the campaign
 * @throws org.redheart.platform.api.NotFound for an unknown meeting, invitee or attendee
 */
public interface Attendance {

  /** Age bands of the children's headcount. */
  java.util.List<String> CHILD_AGE_BANDS = java.util.List.of("0-5", "6-11", "12-17");

  /** Optional age bands of adult attendees. */
  java.util.List<String> ADULT_AGE_BANDS = java.util.List.of("18-24", "25-34", "35-49", "50+");

  /** Optional genders of attendees. */
  java.util.List<String> GENDERS = java.util.List.of("FEMALE", "MALE", "OTHER");

  /**
   * The meeting's invitees, by name, with whether each has checked in; {@code search} (optional)
   * keeps those whose name contains it (case-insensitive).
   */
  Page<InviteeCheckIn> invitees(String meetingId, String search, PageRequest page, Actor actor);

  /** Everyone checked in, in check-in order (newest last). */
  Page<AttendeeInfo> attendees(String meetingId, PageRequest page, Actor actor);

  /** The running counts, capacity and its note. */
  AttendanceCounts counts(String meetingId, Actor actor);

  /** Checks an invitee in; idempotent by client key and by invitee. */
  CheckIn checkIn(String meetingId, String contactId, String clientKey, Actor actor);

  /** Checks in someone who was not invited: a new contact (name and category only) and an attendee. */
  CheckIn walkIn(String meetingId, WalkIn walkIn, String clientKey, Actor actor);

  /**
   * Sets the children's headcount of the given age bands (bands not named stay as they are);
   * values may use Bengali digits. Idempotent.
   */
  AttendanceCounts setChildren(String meetingId, Map<String, String> headcountByAgeBand, Actor actor);

  /** Changes an attendee's category, gender, age band and volunteering (volunteering joins the network). */
  AttendeeInfo updateAttendee(String meetingId, long attendeeId, AttendeeUpdate update, Actor actor);

  /** Records (or replaces) the note saying why the meeting went over its room capacity. */
  AttendanceCounts noteCapacity(String meetingId, String note, Actor actor);
}
