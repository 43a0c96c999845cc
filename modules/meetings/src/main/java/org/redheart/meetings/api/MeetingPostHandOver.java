package org.redheart.meetings.api;

/**
 * The meeting lifecycle's side of the social post's hand-over: the lifecycle waits at {@code
 * Event_SocialPostPublished} after publishing {@link SocialPostRequested}; the module that publishes
 * the post tells it here. Idempotent: a lifecycle that no longer waits (already told, cancelled,
 * closed) is left as it is.
 */
public interface MeetingPostHandOver {

  /**
   * The meeting's post was published ({@code permalink} may be null): the lifecycle moves on.
   *
   * @return whether a waiting lifecycle moved on
   */
  boolean postPublished(String meetingId, String materialId, String permalink);
}
