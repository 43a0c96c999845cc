package org.redheart.materials.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.redheart.materials.application.PublicationSteps;

/** Task listener on {@code create} of {@code Task_PostByHand}: the publication waits for a person to post it. */
@Dependent
@Named("publicationPostByHandOpened")
public class PostByHandOpenedListener implements TaskListener {

  @Inject PublicationSteps steps;

  public PostByHandOpenedListener() {}

  /** For process tests, outside CDI. */
  PostByHandOpenedListener(PublicationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    steps.awaitManualPost((String) task.getVariable(PostPublication.VAR_MATERIAL_ID));
  }
}
