package org.redheart.meetings.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What invitations need from the process engine, in their own words; implemented in {@code process}
 * (Camunda) so that the engine stays replaceable. Processes carry ids only: a speaker's process has
 * business key and variable {@code invitationId}; the meeting's participants' process has business key
 * and variable {@code meetingId}.
 */
public interface InvitationEngine {

  /** Starts a speaker's {@code SpeakerInvitationProcess} in the caller's transaction, unless one runs. */
  void startSpeaker(String invitationId);

  /** Starts the meeting's {@code ParticipantInvitationsProcess} in the caller's transaction, unless one runs. */
  void startParticipants(String meetingId);

  /**
   * Tells the speaker's process that an answer was recorded (message {@code InvitationAnswered}), in
   * a transaction of its own, retrying on optimistic-locking conflicts (a timer firing at the same
   * moment); false when no process waits for it (ended, or never started). Throws when it still
   * fails after its retries, so that the caller's delivery is retried later.
   */
  boolean answered(String invitationId);

  /** Ends a speaker's process for a withdrawal (message {@code InvitationWithdrawn}), caller's transaction. */
  void withdrawn(String invitationId);

  /**
   * The meeting moved: each speaker process gets {@code MeetingMoved} (it sends the update) and its
   * timers that depend on the meeting's time (day-before reminder, meeting end) move to the instants
   * the timer expressions now give; the participants' process timers likewise. Caller's transaction.
   */
  void meetingMoved(String meetingId, Collection<String> speakerInvitationIds);

  /** The meeting was cancelled: every invitation process of it ends (mails are the caller's). */
  void meetingCancelled(String meetingId, Collection<String> speakerInvitationIds);

  /** Open organiser tasks of a speaker invitation (task ids). */
  List<String> openTasks(String invitationId);

  /** The task's invitation id and step (FOLLOW_UP, FIND_REPLACEMENT, INVITE_SUGGESTED), or null when it is not ours or done. */
  TaskRef task(String taskId);

  /** Completes an invitation task in the caller's transaction. */
  void complete(String taskId);

  /** An invitation task as the engine knows it. */
  record TaskRef(String taskId, String invitationId, String step, String assigneeId, Instant createdAt, Instant dueAt) {}
}
