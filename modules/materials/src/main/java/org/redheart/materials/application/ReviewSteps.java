package org.redheart.materials.application;

import java.util.List;
import org.redheart.materials.api.ReviewStage;

/**
 * What {@code PublicationApprovalProcess} asks of the materials module when a review task opens or
 * closes: who it is offered to (the safeguarding leads for clearance; for approval the supervisors
 * of the campaign who did not edit the version, never an editor), recorded in {@code
 * mat_review_task} for the review list; the leads are told of a clearance, the admins when no
 * supervisor may approve.
 */
public interface ReviewSteps {

  /** Who a newly opened task goes to: a candidate group (a role's name) or candidate users. */
  record Opening(String candidateGroup, List<String> candidateUserIds) {}

  Opening opened(String materialId, int versionNumber, ReviewStage stage, String taskId);

  /** The task was completed or ended: it is no longer offered. */
  void closed(String taskId);
}
