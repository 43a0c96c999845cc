package org.redheart.meetings.api;

import java.util.List;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Sending the invitations of a meeting and following them up (the staff side; the invitees' side is
 * {@link InvitationAnswers}). Each speaker's invitation runs in its own {@code SpeakerInvitationProcess}
 * (reminder after N days, organiser's follow-up after M days or on a decline, confirmation, day-before
 * reminder, updates, cancellation); participants are invited in bulk and their day-before reminder runs
 * in the meeting's {@code ParticipantInvitationsProcess}. Every mail goes through the outbox in the
 * transaction of the change that causes it, relying on the contact's "meeting invitations" consent or
 * its documented lawful basis (a contact without either, or without an address, is NOT_SENT).
 *
 * <p>Organisers and supervisors of the meeting's campaign act; whoever may read the meeting may list.
 *
 * @throws org.redheart.platform.api.NotFound for an unknown meeting, contact, task or suggestion
 * @throws org.redheart.platform.api.Forbidden for someone outside the meeting's campaign
 * @throws org.redheart.platform.api.InvalidInput for a cancelled or ended meeting, or bad input
 */
public interface Invitations {

  /** What a send did: sent now, sent before (left alone), not sent (no address, no consent). */
  record Sent(int sent, int alreadySent, int notSent) {}

  /**
   * Sends the invitation of every chosen invitee not invited yet (and retries those NOT_SENT). Also
   * done when the invitations step is completed.
   */
  Sent send(String meetingId, Actor actor);

  /** Speakers first, then participants (accepted, waiting in order, invited, declined, ...). */
  Page<InvitationStatus> list(String meetingId, PageRequest page, Actor actor);

  InvitationCounts counts(String meetingId, Actor actor);

  /**
   * Withdraws an invitee: they get a cancellation (METHOD:CANCEL) when they were sent an invitation;
   * a participant's place goes to the first on the waiting list, who is told. Withdrawing twice
   * changes nothing.
   */
  InvitationStatus withdraw(String meetingId, String contactId, String reason, Actor actor);

  /** Colleagues suggested by the meeting's speakers, open ones first. */
  List<SpeakerSuggestion> suggestions(String meetingId, Actor actor);

  /**
   * Invites a suggested colleague: makes them a contact tagged "speaker" (consent basis: legitimate
   * interest, source "suggested by a speaker"), adds them as a speaker with the given topic and
   * length, sends the invitation, and completes the organiser's task.
   */
  InvitationStatus inviteSuggested(String suggestionId, String topic, Integer lengthMinutes, Actor actor);

  /** Dismisses a suggestion (and completes the organiser's task for it). */
  void dismissSuggestion(String suggestionId, String note, Actor actor);

  /** An open task of a speaker invitation, for its page. */
  InvitationTask task(String taskId, Actor actor);

  /**
   * Completes a follow-up or find-a-replacement task; {@code withdraw} true also withdraws the speaker
   * (as {@link #withdraw}).
   */
  void completeTask(String taskId, boolean withdraw, String note, Actor actor);

  /** The meeting of each invitation id (work lists show a speaker invitation's task with its meeting). */
  java.util.Map<String, String> meetingIds(java.util.Collection<String> invitationIds);
}
