package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.meetings.application.InvitationSteps;

/** The three cancellation tasks (declined, delegated, withdrawn): a CANCEL file when a REQUEST went out. */
@Dependent
@Named("invitationSendCancellation")
public class SendInvitationCancellationDelegate implements JavaDelegate {

  @Inject InvitationSteps steps;

  public SendInvitationCancellationDelegate() {}

  /** For process tests, outside CDI. */
  public SendInvitationCancellationDelegate(InvitationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.sendCancellation((String) execution.getVariable(InvitationFlow.VAR_INVITATION_ID));
  }
}
