package org.redheart.materials.process;

/** Keys, element ids and variable names of {@code PostPublicationProcess}, shared with the tests. */
public final class PostPublication {
  private PostPublication() {}

  public static final String PROCESS_KEY = "PostPublicationProcess";
  public static final String BPMN_RESOURCE = "bpmn/materials/post-publication.bpmn";
  public static final String MESSAGE_ENDED = "PostPublicationEnded";

  public static final String VAR_MATERIAL_ID = "materialId";
  public static final String VAR_CHANNEL = "channel";
  public static final String VAR_SCHEDULED_AT = "scheduledAt";
  public static final String VAR_AUTHOR_ID = "authorId";
  public static final String VAR_ALREADY_PUBLISHED = "alreadyPublished";
  public static final String VAR_OUTCOME = "outcome";
  public static final String VAR_RETRY_DELAY = "retryDelay";

  public static final String START_EVENT = "StartEvent_PublicationStarted";
  public static final String GATEWAY_ALREADY_PUBLISHED = "Gateway_AlreadyPublished";
  public static final String TIMER_SCHEDULED_TIME = "Timer_ScheduledTime";
  public static final String GATEWAY_CHANNEL = "Gateway_Channel";
  public static final String TASK_POST_BY_HAND = "Task_PostByHand";
  public static final String TASK_PUBLISH_TO_FACEBOOK = "Task_PublishToFacebook";
  public static final String GATEWAY_OUTCOME = "Gateway_Outcome";
  public static final String TIMER_RETRY_LATER = "Timer_RetryLater";
  public static final String TASK_TELL_ADMINS = "Task_TellAdmins";
  public static final String END_TOKEN_INVALID = "EndEvent_TokenInvalid";
  public static final String END_FAILED = "EndEvent_Failed";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
  public static final String GATEWAY_PUBLISHED = "Gateway_Published";
  public static final String TIMER_FIGURES_WEEK = "Timer_FiguresWeek";
  public static final String TASK_RECORD_FIGURES_WEEK = "Task_RecordFiguresWeek";
  public static final String END_WEEK_RECORDED = "EndEvent_WeekRecorded";
  public static final String TIMER_FIGURES_MONTH = "Timer_FiguresMonth";
  public static final String TASK_RECORD_FIGURES_MONTH = "Task_RecordFiguresMonth";
  public static final String END_MONTH_RECORDED = "EndEvent_MonthRecorded";
  public static final String START_PUBLICATION_ENDED = "StartEvent_PublicationEnded";
  public static final String END_PUBLICATION_ENDED = "EndEvent_PublicationEnded";
}
