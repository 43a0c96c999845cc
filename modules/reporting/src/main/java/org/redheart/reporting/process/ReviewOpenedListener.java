package org.redheart.reporting.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.redheart.reporting.application.ReviewOpening;

/**
 * Task listener on {@code create} of "Review the results report": offers it to the campaign's supervisors
 * who did not generate, resolve or edit the report, as the reports service computes.
 */
@Dependent
@Named("reportingReviewOpened")
public class ReviewOpenedListener implements TaskListener {

  @Inject ReviewOpening opening;

  public ReviewOpenedListener() {}

  /** For process tests, outside CDI. */
  ReviewOpenedListener(ReviewOpening opening) {
    this.opening = opening;
  }

  @Override
  public void notify(DelegateTask task) {
    String reportId = (String) task.getVariable(ResultsReportProcess.VAR_REPORT_ID);
    opening.reviewers(reportId).forEach(task::addCandidateUser);
  }
}
