package org.redheart.network.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.network.application.MembershipMails;

/** {@code ServiceTask_SendWelcome}: enqueues the welcome mail with the leave link. */
@Dependent
@Named("membershipSendWelcome")
public class SendWelcomeDelegate implements JavaDelegate {
  @Inject MembershipMails mails;

  @Override
  public void execute(DelegateExecution execution) {
    mails.welcome((String) execution.getVariable(Membership.VAR_APPLICATION_ID));
  }
}
