package org.redheart.meetings.process;

/** Keys, element ids and variable names of {@code ActionPlanProcess}, shared with the tests. */
public final class ActionPlanFlow {
  private ActionPlanFlow() {}

  public static final String PROCESS_KEY = "ActionPlanProcess";
  public static final String BPMN_RESOURCE = "bpmn/meetings/action-plan.bpmn";

  public static final String VAR_PLAN_ID = "planId";
  public static final String MESSAGE_CLOSED = "ActionPlanClosed";

  public static final String START_EVENT = "StartEvent_ActionPlanAgreed";
  public static final String GATEWAY_CLOSED_OR_DUE = "Gateway_ClosedOrDue";
  public static final String CATCH_CLOSED = "Message_ActionPlanClosedReceived";
  public static final String TIMER_REMINDER = "Timer_ReminderDue";
  public static final String TASK_REMIND_OWNER = "ServiceTask_RemindOwner";
  public static final String GATEWAY_STILL_OPEN = "Gateway_StillOpen";
  public static final String END_EVENT = "EndEvent_ActionPlanClosed";
}
