package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.redheart.meetings.application.LifecycleSteps;

/** Execution listener on {@code end} of the lifecycle's receive task: the step is DONE in the step-status table. */
@Dependent
@Named("meetingWaitCompleted")
public class MeetingWaitCompletedListener implements ExecutionListener {

  @Inject LifecycleSteps steps;

  @Override
  public void notify(DelegateExecution execution) {
    steps.completed((String) execution.getVariable(MeetingLifecycle.VAR_MEETING_ID), execution.getCurrentActivityId());
  }
}
