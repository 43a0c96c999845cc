package org.redheart.materials.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.redheart.materials.application.ReviewSteps;

/** Task listener on {@code complete} and {@code delete} of the review tasks: no longer offered to anyone. */
@Dependent
@Named("materialReviewTaskClosed")
public class ReviewTaskClosedListener implements TaskListener {

  @Inject ReviewSteps steps;

  public ReviewTaskClosedListener() {}

  /** For process tests, outside CDI. */
  ReviewTaskClosedListener(ReviewSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    steps.closed(task.getId());
  }
}
