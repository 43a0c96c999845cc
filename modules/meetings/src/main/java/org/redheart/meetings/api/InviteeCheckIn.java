package org.redheart.meetings.api;

/** An invitee on the check-in list; {@code attendeeId} is null until they check in. */
public record InviteeCheckIn(String contactId, String name, String kind, Long attendeeId) {
  public boolean checkedIn() {
    return attendeeId != null;
  }
}
