package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.meetings.application.LifecycleSteps;

/** {@code Task_RemindOneDayToGo}: the organiser's reminder the day before the meeting. */
@Dependent
@Named("meetingOneDayToGo")
public class OneDayToGoDelegate implements JavaDelegate {

  @Inject LifecycleSteps steps;

  @Override
  public void execute(DelegateExecution execution) {
    steps.remindOneDayToGo((String) execution.getVariable(MeetingLifecycle.VAR_MEETING_ID));
  }
}
