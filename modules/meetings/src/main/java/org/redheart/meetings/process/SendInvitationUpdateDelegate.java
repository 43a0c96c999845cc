package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.meetings.application.InvitationSteps;

/** {@code ServiceTask_SendUpdate}: the meeting moved, an update. */
@Dependent
@Named("invitationSendUpdate")
public class SendInvitationUpdateDelegate implements JavaDelegate {

  @Inject InvitationSteps steps;

  public SendInvitationUpdateDelegate() {}

  /** For process tests, outside CDI. */
  public SendInvitationUpdateDelegate(InvitationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.sendUpdate((String) execution.getVariable(InvitationFlow.VAR_INVITATION_ID));
  }
}
