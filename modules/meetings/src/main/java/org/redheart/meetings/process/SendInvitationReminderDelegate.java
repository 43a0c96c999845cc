package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.meetings.application.InvitationSteps;

/** {@code ServiceTask_SendReminder}: no answer after N days, a reminder with the answer link. */
@Dependent
@Named("invitationSendReminder")
public class SendInvitationReminderDelegate implements JavaDelegate {

  @Inject InvitationSteps steps;

  public SendInvitationReminderDelegate() {}

  /** For process tests, outside CDI. */
  public SendInvitationReminderDelegate(InvitationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.sendReminder((String) execution.getVariable(InvitationFlow.VAR_INVITATION_ID));
  }
}
