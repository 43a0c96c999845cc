package org.redheart.materials.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.redheart.materials.application.ReviewSteps;

/**
 * Task listener on {@code create} of the review tasks of {@code PublicationApprovalProcess}: the
 * clearance goes to the safeguarding leads (their group), the approval to the campaign's
 * supervisors who did not edit the version (never an editor), as the materials service computes.
 */
@Dependent
@Named("materialReviewTaskOpened")
public class ReviewTaskOpenedListener implements TaskListener {

  @Inject ReviewSteps steps;

  public ReviewTaskOpenedListener() {}

  /** For process tests, outside CDI. */
  ReviewTaskOpenedListener(ReviewSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    String materialId = (String) task.getVariable(PublicationApproval.VAR_MATERIAL_ID);
    int number = ((Number) task.getVariable(PublicationApproval.VAR_VERSION_NUMBER)).intValue();
    ReviewSteps.Opening opening =
        steps.opened(materialId, number, PublicationApproval.stageOf(task.getTaskDefinitionKey()), task.getId());
    if (opening.candidateGroup() != null) {
      task.addCandidateGroup(opening.candidateGroup());
    }
    opening.candidateUserIds().forEach(task::addCandidateUser);
  }
}
