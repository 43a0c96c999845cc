package org.redheart.materials.process;

import org.redheart.materials.api.ReviewStage;

/** Keys, element ids and variable names of {@code PublicationApprovalProcess}, shared with the tests. */
public final class PublicationApproval {
  private PublicationApproval() {}

  public static final String PROCESS_KEY = "PublicationApprovalProcess";
  public static final String BPMN_RESOURCE = "bpmn/materials/publication-approval.bpmn";
  public static final String MESSAGE_ENDED = "MaterialApprovalEnded";

  public static final String VAR_MATERIAL_ID = "materialId";
  public static final String VAR_VERSION_NUMBER = "versionNumber";
  public static final String VAR_NEEDS_CLEARANCE = "needsClearance";
  public static final String VAR_CLEARED = "cleared";
  public static final String VAR_APPROVED = "approved";

  public static final String START_EVENT = "StartEvent_VersionSubmitted";
  public static final String GATEWAY_NEEDS_CLEARANCE = "Gateway_NeedsClearance";
  public static final String TASK_CLEAR_FINDINGS = "Task_ClearFindings";
  public static final String GATEWAY_CLEARED = "Gateway_Cleared";
  public static final String TASK_APPROVE_VERSION = "Task_ApproveVersion";
  public static final String GATEWAY_APPROVED = "Gateway_Approved";
  public static final String END_APPROVED = "EndEvent_Approved";
  public static final String END_CHANGES_REQUESTED = "EndEvent_ChangesRequested";
  public static final String END_SENT_BACK_AT_CLEARANCE = "EndEvent_SentBackAtClearance";
  public static final String START_APPROVAL_ENDED = "StartEvent_ApprovalEnded";
  public static final String END_APPROVAL_ENDED = "EndEvent_ApprovalEnded";

  /** The review stage a task of the process stands for. */
  public static ReviewStage stageOf(String taskKey) {
    if (TASK_CLEAR_FINDINGS.equals(taskKey)) {
      return ReviewStage.CLEARANCE;
    }
    if (TASK_APPROVE_VERSION.equals(taskKey)) {
      return ReviewStage.APPROVAL;
    }
    throw new IllegalArgumentException("not a review task of " + PROCESS_KEY + ": " + taskKey);
  }
}
