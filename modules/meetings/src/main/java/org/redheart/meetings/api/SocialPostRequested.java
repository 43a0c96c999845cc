package org.redheart.meetings.api;

/**
 * Persisted event: a meeting's lifecycle reached its social post and hands it over (the materials
 * module drafts, approves and publishes it, then calls {@link MeetingPostHandOver#postPublished}).
 * {@code draftText} is the text written at the lifecycle's old draft step, for lifecycles migrated
 * from it (null otherwise).
 */
public record SocialPostRequested(String meetingId, String organiserId, String draftText) {}
