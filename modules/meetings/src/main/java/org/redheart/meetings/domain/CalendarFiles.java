package org.redheart.meetings.domain;

/**
 * Calendar files (iCalendar, RFC 5545) for invitations, made with ical4j, each valid against RFC 5546
 * for its METHOD and carrying a VTIMEZONE for the meeting's zone (from ical4j's bundled definitions,
 * never looked up on the network):
 * <ul>
 *   <li>{@link #publish}: METHOD:PUBLISH, no ATTENDEE — an "add to calendar" file with no reply buttons;
 *   <li>{@link #request}: METHOD:REQUEST with the invitee as ATTENDEE, PARTSTAT=ACCEPTED, RSVP=FALSE and
 *       the no-reply ORGANIZER — sent after acceptance and on every move (same UID, higher SEQUENCE);
 *   <li>{@link #cancel}: METHOD:CANCEL, STATUS:CANCELLED, same UID, higher SEQUENCE.
 * </ul>
 */
public final class CalendarFiles {

  public static final String PUBLISH = "PUBLISH";
  public static final String REQUEST = "REQUEST";
  public static final String CANCEL = "CANCEL";

  private CalendarFiles() {}

  public static byte[] publish(CalendarEvent event) {
    throw new UnsupportedOperationException("helper A");
  }

  public static byte[] request(CalendarEvent event, String attendeeEmail, String attendeeName) {
    throw new UnsupportedOperationException("helper A");
  }

  /** {@code attendeeEmail} null when only a PUBLISH file went out to them. */
  public static byte[] cancel(CalendarEvent event, String attendeeEmail, String attendeeName) {
    throw new UnsupportedOperationException("helper A");
  }

  /** The MIME type of a file of this method: {@code text/calendar; charset=UTF-8; method=PUBLISH}. */
  public static String contentType(String method) {
    return "text/calendar; charset=UTF-8; method=" + method;
  }
}
