package org.redheart.meetings.process;

import java.util.Map;
import org.redheart.meetings.api.InvitationTask;

/**
 * Keys, element ids, messages and variable names of {@code SpeakerInvitationProcess} and {@code
 * ParticipantInvitationsProcess}, shared with the tests.
 */
public final class InvitationFlow {
  private InvitationFlow() {}

  // --- SpeakerInvitationProcess: one per speaker, business key and variable invitationId
  public static final String SPEAKER_PROCESS_KEY = "SpeakerInvitationProcess";
  public static final String SPEAKER_BPMN_RESOURCE = "bpmn/meetings/speaker-invitation.bpmn";
  public static final String VAR_INVITATION_ID = "invitationId";

  // --- ParticipantInvitationsProcess: one per meeting, business key and variable meetingId
  public static final String PARTICIPANTS_PROCESS_KEY = "ParticipantInvitationsProcess";
  public static final String PARTICIPANTS_BPMN_RESOURCE = "bpmn/meetings/participant-invitations.bpmn";
  public static final String VAR_MEETING_ID = "meetingId";

  // --- messages
  public static final String MESSAGE_ANSWERED = "InvitationAnswered";
  public static final String MESSAGE_WITHDRAWN = "InvitationWithdrawn";
  public static final String MESSAGE_MEETING_MOVED = "MeetingMoved";
  public static final String MESSAGE_MEETING_CANCELLED = "MeetingCancelled";

  // --- answers as InvitationSteps.answer gives them
  public static final String ACCEPTED = "ACCEPTED";
  public static final String DECLINED = "DECLINED";
  public static final String DELEGATED = "DELEGATED";
  public static final String INVITED = "INVITED";

  // --- organiser tasks (task definition keys)
  public static final String TASK_FOLLOW_UP = "Task_FollowUpInvitation";
  public static final String TASK_FIND_REPLACEMENT = "Task_FindReplacement";
  public static final String TASK_INVITE_SUGGESTED = "Task_InviteSuggestedColleague";

  /** Task definition key to the step of {@link InvitationTask}. */
  public static final Map<String, String> STEP_BY_TASK = Map.of(
      TASK_FOLLOW_UP, InvitationTask.FOLLOW_UP,
      TASK_FIND_REPLACEMENT, InvitationTask.FIND_REPLACEMENT,
      TASK_INVITE_SUGGESTED, InvitationTask.INVITE_SUGGESTED);

  // --- SpeakerInvitationProcess elements
  public static final String START = "StartEvent_SpeakerChosen";
  public static final String SEND_INVITATION = "ServiceTask_SendInvitation";
  public static final String AWAITING = "SubProcess_AwaitingAnswer";
  public static final String RECEIVE_ANSWER = "ReceiveTask_Answer";
  public static final String GATEWAY_STILL_UNANSWERED = "Gateway_StillUnanswered";
  public static final String REMINDER_DUE = "StartEvent_ReminderDue";
  public static final String SEND_REMINDER = "ServiceTask_SendReminder";
  public static final String FOLLOW_UP_DUE = "StartEvent_FollowUpDue";
  public static final String GATEWAY_ANSWER = "Gateway_Answer";
  public static final String SEND_CONFIRMATION = "ServiceTask_SendConfirmation";
  public static final String CONFIRMED = "SubProcess_Confirmed";
  public static final String RECEIVE_CHANGE_AFTER_ACCEPT = "ReceiveTask_AnswerChangedAfterAccept";
  public static final String GATEWAY_DAY_BEFORE_AHEAD = "Gateway_DayBeforeAhead";
  public static final String TIMER_DAY_BEFORE = "Timer_DayBefore";
  public static final String SEND_DAY_BEFORE = "ServiceTask_SendDayBefore";
  public static final String SEND_CANCELLATION_ON_DECLINE = "ServiceTask_SendCancellationOnDecline";
  public static final String DECLINED_SCOPE = "SubProcess_Declined";
  public static final String RECEIVE_CHANGE_AFTER_DECLINE = "ReceiveTask_AnswerChangedAfterDeclined";
  public static final String SEND_CANCELLATION_ON_DELEGATE = "ServiceTask_SendCancellationOnDelegate";
  public static final String DELEGATED_SCOPE = "SubProcess_Delegated";
  public static final String RECEIVE_CHANGE_AFTER_DELEGATE = "ReceiveTask_AnswerChangedAfterDelegated";
  public static final String MEETING_MOVED = "StartEvent_MeetingMoved";
  public static final String SEND_UPDATE = "ServiceTask_SendUpdate";
  public static final String WITHDRAWN = "StartEvent_Withdrawn";
  public static final String SEND_CANCELLATION_ON_WITHDRAWAL = "ServiceTask_SendCancellationOnWithdrawal";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
  public static final String MEETING_CANCELLED = "StartEvent_MeetingCancelled";
  public static final String END_MEETING_CANCELLED = "EndEvent_MeetingCancelled";
  public static final String MEETING_OVER = "StartEvent_MeetingOver";
  public static final String END_MEETING_OVER = "EndEvent_MeetingOver";

  // --- ParticipantInvitationsProcess elements
  public static final String PARTICIPANTS_START = "StartEvent_ParticipantsInvited";
  public static final String PARTICIPANTS_TIMER_DAY_BEFORE = "Timer_ParticipantsDayBefore";
  public static final String PARTICIPANTS_REMIND = "ServiceTask_RemindParticipants";
  public static final String PARTICIPANTS_TIMER_MEETING_OVER = "Timer_ParticipantsMeetingOver";
  public static final String PARTICIPANTS_END_MEETING_OVER = "EndEvent_ParticipantsMeetingOver";
  public static final String PARTICIPANTS_MEETING_CANCELLED = "StartEvent_ParticipantsMeetingCancelled";
  public static final String PARTICIPANTS_END_MEETING_CANCELLED = "EndEvent_ParticipantsMeetingCancelled";
}
