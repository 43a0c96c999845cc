package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.meetings.application.InvitationSteps;

/** {@code ServiceTask_SendDayBefore}: the accepted speaker's reminder the day before. */
@Dependent
@Named("invitationSendDayBefore")
public class SendInvitationDayBeforeDelegate implements JavaDelegate {

  @Inject InvitationSteps steps;

  public SendInvitationDayBeforeDelegate() {}

  /** For process tests, outside CDI. */
  public SendInvitationDayBeforeDelegate(InvitationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.sendDayBefore((String) execution.getVariable(InvitationFlow.VAR_INVITATION_ID));
  }
}
