package org.redheart.network.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.network.application.MembershipMails;

/** {@code ServiceTask_SendDecline}: enqueues the polite decline with the reviewer's reason. */
@Dependent
@Named("membershipSendDecline")
public class SendDeclineDelegate implements JavaDelegate {
  @Inject MembershipMails mails;

  @Override
  public void execute(DelegateExecution execution) {
    mails.decline((String) execution.getVariable(Membership.VAR_APPLICATION_ID));
  }
}
