package org.redheart.materials.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.materials.application.ConcernSteps;

/** {@code Task_TellSafeguardingLeads}: mails every active safeguarding lead at once. */
@Dependent
@Named("concernTellLeads")
public class TellSafeguardingLeadsDelegate implements JavaDelegate {

  @Inject ConcernSteps steps;

  @Override
  public void execute(DelegateExecution execution) {
    steps.tellSafeguardingLeads((String) execution.getVariable(ConcernFlow.VAR_CONCERN_ID));
  }
}
