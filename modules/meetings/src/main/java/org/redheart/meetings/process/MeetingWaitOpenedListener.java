package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.redheart.meetings.application.LifecycleSteps;

/**
 * Execution listener on {@code start} of the lifecycle's receive task (the post's hand-over): its
 * row of the step-status table opens, keyed by the waiting execution (nobody's task here).
 */
@Dependent
@Named("meetingWaitOpened")
public class MeetingWaitOpenedListener implements ExecutionListener {

  @Inject LifecycleSteps steps;

  @Override
  public void notify(DelegateExecution execution) {
    steps.opened((String) execution.getVariable(MeetingLifecycle.VAR_MEETING_ID), execution.getCurrentActivityId(),
        execution.getId());
  }
}
