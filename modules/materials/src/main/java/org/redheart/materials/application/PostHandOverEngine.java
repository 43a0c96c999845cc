package org.redheart.materials.application;

/**
 * What the social post's hand-over needs from the process engine ({@code MeetingPostProcess}, one per
 * meeting, business key: the meeting id): the organiser's "Draft the social post" task in My tasks.
 * Implemented in {@code process}; every call joins the caller's transaction.
 */
public interface PostHandOverEngine {

  /** Opens the draft task for the organiser, unless the meeting's hand-over already runs. */
  void start(String meetingId, String organiserId);

  /** Completes the meeting's draft task, if open (the post was made). */
  void drafted(String meetingId);
}
