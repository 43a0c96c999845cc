package org.redheart.meetings.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Times as invitations show them and reminders are timed: the meeting's time in its own zone and in
 * the reader's ("14:00 Dhaka (10:00 Madrid)"), in English or Bangla, and sensible hours in the
 * recipient's zone.
 */
public final class ZoneTimes {

  /** Reminders go out between these hours, local time of the recipient. */
  public static final int FIRST_HOUR = 9;
  public static final int LAST_HOUR = 19;

  private ZoneTimes() {}

  /**
   * The date and time of a meeting for a reader: "Tuesday 3 March 2026, 14:00–17:00 Dhaka (09:00–12:00
   * Madrid)"; the part in brackets only when the reader's zone shows another time; Bangla ("bn") with
   * Bangla month and day names. {@code end} may be null.
   */
  public static String when(ZonedDateTime start, ZonedDateTime end, ZoneId reader, String language) {
    throw new UnsupportedOperationException("helper A");
  }

  /** The city of a zone for display: Asia/Dhaka → "Dhaka", Europe/Madrid → "Madrid", UTC → "UTC". */
  public static String city(ZoneId zone) {
    throw new UnsupportedOperationException("helper A");
  }

  /** {@code at} if it falls between FIRST_HOUR and LAST_HOUR in the zone, else the next FIRST_HOUR there. */
  public static Instant sensible(Instant at, ZoneId zone) {
    throw new UnsupportedOperationException("helper A");
  }

  /**
   * FIRST_HOUR in the zone on the day before the meeting's start (that day in the zone); if that is
   * after the start itself (a meeting at dawn there), {@code start} minus 24 hours.
   */
  public static Instant dayBefore(ZonedDateTime start, ZoneId zone) {
    throw new UnsupportedOperationException("helper A");
  }
}
