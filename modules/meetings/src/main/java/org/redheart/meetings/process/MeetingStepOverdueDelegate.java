package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.meetings.application.LifecycleSteps;

/** {@code Task_RemindOverdueSteps}: a step's overdue timer fired; remind the assignees of late steps. */
@Dependent
@Named("meetingStepOverdue")
public class MeetingStepOverdueDelegate implements JavaDelegate {

  @Inject LifecycleSteps steps;

  @Override
  public void execute(DelegateExecution execution) {
    steps.remindOverdue((String) execution.getVariable(MeetingLifecycle.VAR_MEETING_ID));
  }
}
