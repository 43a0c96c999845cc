package org.redheart.meetings.application;

import java.time.Instant;

/**
 * What the invitation processes ask of the application (their delegates and timer expressions call
 * these; implemented by the invitations service). Every method runs in the engine's transaction and
 * is safe to run again (a retried job): a mail is enqueued through the outbox at most once per
 * (invitation, kind, sequence).
 */
public interface InvitationSteps {

  // --- SpeakerInvitationProcess (by invitation id)

  /** Sends the invitation (METHOD:PUBLISH calendar file, answer link). */
  void sendInvitation(String invitationId);

  /** No answer after N days: a reminder with the answer link. */
  void sendReminder(String invitationId);

  /** Accepted: the confirmation with joining details and a METHOD:REQUEST calendar file. */
  void sendConfirmation(String invitationId);

  /** The day before the meeting: a reminder to an accepted speaker. */
  void sendDayBefore(String invitationId);

  /** The meeting moved: an update (REQUEST with a higher SEQUENCE once accepted, else a new PUBLISH). */
  void sendUpdate(String invitationId);

  /** Withdrawn, or declined after accepting: METHOD:CANCEL when a REQUEST went out, else nothing. */
  void sendCancellation(String invitationId);

  /**
   * The invitee's answer as the process branches on it: ACCEPTED, DECLINED, DELEGATED, or INVITED
   * (no answer, e.g. a message from an answer that was changed back).
   */
  String answer(String invitationId);

  /** Marks the answers of the invitation as told to the process (after the correlation commits). */
  void answersTold(String invitationId);

  /** When the no-answer reminder goes: N days after the invitation, at a sensible hour in the invitee's zone. */
  Instant reminderAt(String invitationId);

  /** When the organiser gets the follow-up task: M days after the invitation. */
  Instant followUpAt(String invitationId);

  /** When the day-before reminder goes: the day before the meeting, at a sensible hour in the invitee's zone. */
  Instant dayBeforeAt(String invitationId);

  /** When the meeting ends (the process ends then). */
  Instant endsAt(String invitationId);

  /** The user who gets the invitation's tasks: the meeting's organiser. */
  String organiserOf(String invitationId);

  // --- ParticipantInvitationsProcess (by meeting id)

  /** When the participants' day-before reminder goes. */
  Instant participantsDayBeforeAt(String meetingId);

  /** Reminds every accepted participant (each at most once per meeting date). */
  void remindParticipants(String meetingId);

  /** When the meeting ends. */
  Instant meetingEndsAt(String meetingId);
}
