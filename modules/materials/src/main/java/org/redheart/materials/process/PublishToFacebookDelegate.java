package org.redheart.materials.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.materials.application.PublicationSteps;

/**
 * {@code Task_PublishToFacebook} (asynchronous): one try to publish the post on the Facebook page;
 * its outcome (and, after a rate limit, the wait before the next try) routes the process.
 */
@Dependent
@Named("publicationPublishToFacebook")
public class PublishToFacebookDelegate implements JavaDelegate {

  @Inject PublicationSteps steps;

  public PublishToFacebookDelegate() {}

  /** For process tests, outside CDI. */
  PublishToFacebookDelegate(PublicationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PublicationSteps.Attempt attempt =
        steps.publishToFacebook((String) execution.getVariable(PostPublication.VAR_MATERIAL_ID));
    execution.setVariable(PostPublication.VAR_OUTCOME, attempt.outcome().name());
    if (attempt.retryAfter() != null) {
      execution.setVariable(PostPublication.VAR_RETRY_DELAY, attempt.retryAfter().toString());
    }
  }
}
