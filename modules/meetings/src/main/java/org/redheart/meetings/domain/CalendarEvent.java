package org.redheart.meetings.domain;

import java.time.ZonedDateTime;

/**
 * A meeting as one invitee's calendar file describes it. {@code uid} stays the same for the
 * invitation's whole life; {@code sequence} grows with every change (a move, a new confirmation).
 * {@code end} may be null (then {@code start} plus the default length). {@code organizerEmail} is the
 * app's no-reply address: replies from calendar programs reach nobody, answers count only through
 * {@code url} (the answer page).
 */
public record CalendarEvent(
    String uid,
    int sequence,
    String summary,
    String description,
    ZonedDateTime start,
    ZonedDateTime end,
    String location,
    String url,
    String organizerEmail,
    String organizerName) {}
