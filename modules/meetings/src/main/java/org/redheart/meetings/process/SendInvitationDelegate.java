package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.meetings.application.InvitationSteps;

/** {@code ServiceTask_SendInvitation}: the invitation (PUBLISH calendar file, answer link). */
@Dependent
@Named("invitationSendInvitation")
public class SendInvitationDelegate implements JavaDelegate {

  @Inject InvitationSteps steps;

  public SendInvitationDelegate() {}

  /** For process tests, outside CDI. */
  public SendInvitationDelegate(InvitationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.sendInvitation((String) execution.getVariable(InvitationFlow.VAR_INVITATION_ID));
  }
}
