package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.meetings.application.InvitationSteps;

/** {@code ServiceTask_RemindParticipants}: the accepted participants' reminder the day before. */
@Dependent
@Named("invitationRemindParticipants")
public class RemindParticipantsDelegate implements JavaDelegate {

  @Inject InvitationSteps steps;

  public RemindParticipantsDelegate() {}

  /** For process tests, outside CDI. */
  public RemindParticipantsDelegate(InvitationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.remindParticipants((String) execution.getVariable(InvitationFlow.VAR_MEETING_ID));
  }
}
