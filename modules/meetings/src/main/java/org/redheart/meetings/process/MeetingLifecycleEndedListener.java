package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.redheart.meetings.application.LifecycleSteps;

/** Execution listener on {@code EndEvent_LifecycleCompleted}: marks the meeting's lifecycle done. */
@Dependent
@Named("meetingLifecycleEnded")
public class MeetingLifecycleEndedListener implements ExecutionListener {

  @Inject LifecycleSteps steps;

  @Override
  public void notify(DelegateExecution execution) {
    steps.ended((String) execution.getVariable(MeetingLifecycle.VAR_MEETING_ID));
  }
}
