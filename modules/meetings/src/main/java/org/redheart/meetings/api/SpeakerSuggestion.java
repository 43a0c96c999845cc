package org.redheart.meetings.api;

import java.time.Instant;

/**
 * A colleague a speaker suggested on their answer page (personal data, erasable): the organiser gets a
 * task to invite them. {@code status} OPEN, INVITED (then {@code contactId} is the contact made),
 * DISMISSED or ERASED.
 */
public record SpeakerSuggestion(
    String id,
    String meetingId,
    String suggestedByContactId,
    String suggestedByName,
    String name,
    String email,
    String organisation,
    String note,
    String status,
    String contactId,
    Instant createdAt) {}
