package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.meetings.application.InvitationSteps;

/** {@code ServiceTask_SendConfirmation}: accepted, the confirmation (REQUEST calendar file). */
@Dependent
@Named("invitationSendConfirmation")
public class SendInvitationConfirmationDelegate implements JavaDelegate {

  @Inject InvitationSteps steps;

  public SendInvitationConfirmationDelegate() {}

  /** For process tests, outside CDI. */
  public SendInvitationConfirmationDelegate(InvitationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.sendConfirmation((String) execution.getVariable(InvitationFlow.VAR_INVITATION_ID));
  }
}
