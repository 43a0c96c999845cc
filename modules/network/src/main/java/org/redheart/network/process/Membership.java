package org.redheart.network.process;

/** Keys, element ids and variable names of {@code MembershipProcess}, shared with the tests. */
public final class Membership {
  private Membership() {}

  public static final String PROCESS_KEY = "MembershipProcess";
  public static final String BPMN_RESOURCE = "bpmn/network/membership.bpmn";

  public static final String VAR_APPLICATION_ID = "applicationId";
  public static final String VAR_APPROVED = "approved";

  public static final String START_EVENT = "StartEvent_ApplicationReceived";
  public static final String TASK_REVIEW = "Task_ReviewApplication";
  public static final String TIMER_REMINDER = "Timer_ReviewReminder";
  public static final String TASK_REMIND = "ServiceTask_RemindReviewers";
  public static final String END_REMINDED = "EndEvent_ReviewersReminded";
  public static final String GATEWAY_APPROVED = "Gateway_Approved";
  public static final String TASK_SEND_WELCOME = "ServiceTask_SendWelcome";
  public static final String TASK_SEND_DECLINE = "ServiceTask_SendDecline";
  public static final String END_WELCOMED = "EndEvent_MemberWelcomed";
  public static final String END_DECLINED = "EndEvent_ApplicationDeclined";

  /** The groups (role names) the review is offered to. */
  public static final java.util.List<String> REVIEWER_GROUPS = java.util.List.of("SUPERVISOR", "ADMIN");

  /** How long an application may wait before reviewers are reminded (ISO-8601, the timer's duration). */
  public static final String REMINDER_AFTER = "P3D";
  public static final int REVIEW_DUE_DAYS = 3;
}
