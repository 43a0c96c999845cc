package org.redheart.materials.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.materials.application.ConcernSteps;

/** {@code Task_WithdrawItem}: withdraws the material the concern is about. */
@Dependent
@Named("concernWithdrawItem")
public class WithdrawItemDelegate implements JavaDelegate {

  @Inject ConcernSteps steps;

  @Override
  public void execute(DelegateExecution execution) {
    steps.withdrawItem((String) execution.getVariable(ConcernFlow.VAR_CONCERN_ID));
  }
}
