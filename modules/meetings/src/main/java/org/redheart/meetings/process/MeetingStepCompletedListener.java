package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.redheart.meetings.application.LifecycleSteps;

/** Task listener on {@code complete} of every lifecycle user task: the step is DONE in the step-status table. */
@Dependent
@Named("meetingStepCompleted")
public class MeetingStepCompletedListener implements TaskListener {

  @Inject LifecycleSteps steps;

  @Override
  public void notify(DelegateTask task) {
    steps.completed((String) task.getVariable(MeetingLifecycle.VAR_MEETING_ID), task.getTaskDefinitionKey());
  }
}
