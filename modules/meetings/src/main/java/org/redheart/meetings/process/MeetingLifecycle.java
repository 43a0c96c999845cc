package org.redheart.meetings.process;

/** Keys, element ids and variable names of {@code MeetingLifecycleProcess}, shared with the tests. */
public final class MeetingLifecycle {
  private MeetingLifecycle() {}

  public static final String PROCESS_KEY = "MeetingLifecycleProcess";
  public static final String BPMN_RESOURCE = "bpmn/meetings/meeting-lifecycle.bpmn";
  /** The version tag of the current BPMN (version 1, the foundation's, had none). */
  public static final String VERSION_TAG = "3";

  public static final String VAR_MEETING_ID = "meetingId";
  public static final String VAR_ORGANISER_ID = "organiserId";
  public static final String VAR_APPROVED = "approved";

  public static final String START_EVENT = "StartEvent_MeetingScheduled";
  public static final String END_EVENT = "EndEvent_LifecycleCompleted";
  public static final String GATEWAY_CONCEPT_NOTE_APPROVED = "Gateway_ConceptNoteApproved";
  public static final String GATEWAY_REPORT_APPROVED = "Gateway_ReportApproved";
  public static final String REMIND_OVERDUE_TASK = "Task_RemindOverdueSteps";
  public static final String ONE_DAY_TO_GO_START = "StartEvent_OneDayToGo";
  public static final String ONE_DAY_TO_GO_TASK = "Task_RemindOneDayToGo";

  /** The hand-over of the social post (version 3): publishes SocialPostRequested. */
  public static final String HAND_OVER_POST = "Task_HandOverSocialPost";
  /** The receive task that waits until the post is published. */
  public static final String PUBLISH_SOCIAL_POST = "Task_PublishSocialPost";
  public static final String MESSAGE_POST_PUBLISHED = "MeetingSocialPostPublished";
  /** Set only on a lifecycle migrated from an old post step: the post text it had (removed once handed over). */
  public static final String VAR_MIGRATED_POST_TEXT = "migratedPostText";

  /** Version 2's post steps, replaced in version 3 by the hand-over. */
  public static final String V2_DRAFT_SOCIAL_POST = "Task_DraftSocialPost";
  public static final String V2_MARK_POST_HANDLED = "Task_MarkPostHandled";

  /** Version 1's post approval, replaced in version 2 by {@code Task_MarkPostHandled}. */
  public static final String V1_APPROVE_SOCIAL_POST = "Task_ApproveSocialPost";

  /** The id of the non-interrupting timer on a step's task: {@code Timer_WriteConceptNoteOverdue}. */
  public static String overdueTimer(String taskKey) {
    return "Timer_" + taskKey.substring("Task_".length()) + "Overdue";
  }

  public static final String DIGEST_PROCESS_KEY = "LateStepsDigestProcess";
  public static final String DIGEST_BPMN_RESOURCE = "bpmn/meetings/late-steps-digest.bpmn";
}
