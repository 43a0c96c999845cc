package org.redheart.meetings.domain;

/**
 * Persisted event (platform {@code Events}): an invitee's answer was committed; its handler tells the
 * speaker's invitation process. Ids only.
 */
public record InvitationAnswered(String meetingId, String invitationId, String answerId) {}
