package org.redheart.app.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.platform.api.MailPurpose;
import org.redheart.platform.api.Outbox;
import org.redheart.platform.api.OutgoingMail;

/** A delegate deployed only with the container tests: enqueues a mail, then fails. */
@Dependent
@Named("itFailingMailer")
public class ItFailingMailer implements JavaDelegate {
  @Inject Outbox outbox;

  @Override
  public void execute(DelegateExecution execution) {
    String recipient = (String) execution.getVariable("recipient");
    outbox.enqueue(OutgoingMail.of(recipient, "en", "test-mail",
        Map.of("sequence", 1, "count", 1, "requestedBy", "container test"), MailPurpose.STAFF_NOTICE));
    throw new IllegalStateException("failing on purpose after enqueueing a mail to " + recipient);
  }
}
