package org.redheart.meetings.api;

import java.time.Instant;

/** Someone checked in at a meeting. {@code name} is the contact's (null when none is recorded). */
public record AttendeeInfo(
    long id,
    String contactId,
    String name,
    Long categoryId,
    String gender,
    String ageBand,
    boolean walkIn,
    boolean volunteer,
    Instant checkedInAt) {}
