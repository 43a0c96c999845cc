package org.redheart.app.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.platform.api.NewUser;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

/** A delegate deployed only with the container tests: writes a user, then fails. */
@Dependent
@Named("itFailingWriter")
public class ItFailingWriter implements JavaDelegate {
  @Inject Users users;

  @Override
  public void execute(DelegateExecution execution) {
    String username = (String) execution.getVariable("username");
    users.create(new NewUser(username, "Rolled Back", null, "rolled-back-password", EnumSet.of(Role.ORGANISER)));
    throw new IllegalStateException("failing on purpose after writing " + username);
  }
}
