package org.redheart.materials.process;

/** Keys, element ids and variable names of {@code SafeguardingConcernProcess}, shared with the tests. */
public final class ConcernFlow {
  private ConcernFlow() {}

  public static final String PROCESS_KEY = "SafeguardingConcernProcess";
  public static final String BPMN_RESOURCE = "bpmn/materials/safeguarding-concern.bpmn";

  public static final String VAR_CONCERN_ID = "concernId";

  public static final String START_EVENT = "StartEvent_ConcernRaised";
  public static final String TASK_TELL_LEADS = "Task_TellSafeguardingLeads";
  public static final String GATEWAY_SUBJECT_IS_MATERIAL = "Gateway_SubjectIsMaterial";
  public static final String TASK_WITHDRAW_ITEM = "Task_WithdrawItem";
  public static final String GATEWAY_JOIN = "Gateway_ItemHandled";
  public static final String TASK_RECORD_REFERRAL = "Task_RecordReferral";
  public static final String TASK_CLOSE_CONCERN = "Task_CloseConcern";
  public static final String END_EVENT = "EndEvent_ConcernClosed";

  /** The candidate group of both user tasks. */
  public static final String LEADS = "SAFEGUARDING_LEAD";
}
