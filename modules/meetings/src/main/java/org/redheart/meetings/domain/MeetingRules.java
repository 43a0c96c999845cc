package org.redheart.meetings.domain;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.LongPredicate;
import org.redheart.meetings.api.ScheduleMeeting;
import org.redheart.platform.api.InvalidInput;

/**
 * The rules a new meeting must meet. Every broken rule is reported with its field, all at once, and
 * nothing is created.
 */
public final class MeetingRules {
  public static final int MAX_PARTICIPANTS = 10_000;
  public static final int MAX_YEARS_AHEAD = 3;

  private MeetingRules() {}

  /** Checks the command; returns the meeting's start in its zone. */
  public static ZonedDateTime check(ScheduleMeeting c, LongPredicate categoryExists, Clock clock) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String title = c.title() == null ? "" : c.title().strip();
    if (title.isEmpty()) {
      errors.add("title", "is required");
    } else if (title.length() > 200) {
      errors.add("title", "must be at most 200 characters");
    }
    if (c.audienceCategoryId() == null) {
      errors.add("audienceCategoryId", "is required");
    } else if (!categoryExists.test(c.audienceCategoryId())) {
      errors.add("audienceCategoryId", "is not a known stakeholder category");
    }
    ZoneId zone = null;
    try {
      zone = ZoneId.of(c.timeZone() == null || c.timeZone().isBlank() ? "" : c.timeZone().strip());
    } catch (DateTimeException e) {
      errors.add("timeZone", "is not a time zone (use a name such as Asia/Dhaka)");
    }
    if (c.date() == null) {
      errors.add("date", "is required");
    }
    if (c.startTime() == null) {
      errors.add("startTime", "is required");
    }
    ZonedDateTime start = null;
    if (zone != null && c.date() != null && c.startTime() != null) {
      start = ZonedDateTime.of(c.date(), c.startTime(), zone);
      ZonedDateTime now = ZonedDateTime.now(clock);
      if (!start.isAfter(now)) {
        errors.add("date", "is in the past: a meeting must start in the future");
      } else if (start.isAfter(now.plusYears(MAX_YEARS_AHEAD))) {
        errors.add("date", "is more than " + MAX_YEARS_AHEAD + " years ahead");
      }
      if (c.endTime() != null && !c.endTime().isAfter(c.startTime())) {
        errors.add("endTime", "must be after the start time");
      }
    }
    boolean noVenue = c.venue() == null || c.venue().isBlank();
    boolean noLink = c.onlineLink() == null || c.onlineLink().isBlank();
    if (noVenue && noLink) {
      errors.add("venue", "give a venue, an online link, or both");
    }
    if (!noVenue && c.venue().strip().length() > 300) {
      errors.add("venue", "must be at most 300 characters");
    }
    if (!noLink && !isWebLink(c.onlineLink().strip())) {
      errors.add("onlineLink", "must be a web address starting with https:// or http://");
    }
    if (c.expectedParticipants() == null) {
      errors.add("expectedParticipants", "is required");
    } else if (c.expectedParticipants() < 1 || c.expectedParticipants() > MAX_PARTICIPANTS) {
      errors.add("expectedParticipants", "must be between 1 and " + MAX_PARTICIPANTS);
    }
    errors.throwIfAny();
    return start;
  }

  static boolean isWebLink(String link) {
    if (link.length() > 500) {
      return false;
    }
    try {
      URI uri = new URI(link);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }
}
