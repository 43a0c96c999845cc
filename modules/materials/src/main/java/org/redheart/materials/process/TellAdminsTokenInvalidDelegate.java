package org.redheart.materials.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.materials.application.PublicationSteps;

/** {@code Task_TellAdmins}: the page token was refused (190): the admins are told by mail. */
@Dependent
@Named("publicationTellAdmins")
public class TellAdminsTokenInvalidDelegate implements JavaDelegate {

  @Inject PublicationSteps steps;

  public TellAdminsTokenInvalidDelegate() {}

  /** For process tests, outside CDI. */
  TellAdminsTokenInvalidDelegate(PublicationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.tellAdminsTokenInvalid((String) execution.getVariable(PostPublication.VAR_MATERIAL_ID));
  }
}
