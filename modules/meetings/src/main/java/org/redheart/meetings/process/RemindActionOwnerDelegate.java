package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.meetings.application.ActionPlanReminders;

/** {@code ServiceTask_RemindOwner}: reminds the plan's owner, or tells the meeting's organiser. */
@Dependent
@Named("actionPlanRemindOwner")
public class RemindActionOwnerDelegate implements JavaDelegate {

  @Inject ActionPlanReminders reminders;

  @Override
  public void execute(DelegateExecution execution) {
    reminders.remind((String) execution.getVariable(ActionPlanFlow.VAR_PLAN_ID));
  }
}
