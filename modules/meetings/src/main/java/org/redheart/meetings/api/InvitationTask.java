package org.redheart.meetings.api;

import java.time.Instant;

/**
 * An organiser's open task of a speaker invitation: {@code step} FOLLOW_UP (no answer after M days),
 * FIND_REPLACEMENT (the speaker declined) or INVITE_SUGGESTED (the speaker suggested a colleague, see
 * {@code suggestion}).
 */
public record InvitationTask(
    String taskId,
    String step,
    String meetingId,
    String meetingTitle,
    InvitationStatus invitee,
    SpeakerSuggestion suggestion,
    Instant createdAt,
    Instant dueAt) {

  public static final String FOLLOW_UP = "FOLLOW_UP";
  public static final String FIND_REPLACEMENT = "FIND_REPLACEMENT";
  public static final String INVITE_SUGGESTED = "INVITE_SUGGESTED";
}
