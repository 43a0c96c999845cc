package org.redheart.network.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.network.application.MembershipMails;

/**
 * {@code ServiceTask_RemindReviewers}, after {@code Timer_ReviewReminder} (three days without a
 * decision; the review stays open): mails supervisors and admins.
 */
@Dependent
@Named("membershipRemindReviewers")
public class RemindReviewersDelegate implements JavaDelegate {
  @Inject MembershipMails mails;

  @Override
  public void execute(DelegateExecution execution) {
    mails.remindReviewers((String) execution.getVariable(Membership.VAR_APPLICATION_ID));
  }
}
