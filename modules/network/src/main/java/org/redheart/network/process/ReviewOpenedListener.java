package org.redheart.network.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.redheart.platform.api.Role;

/**
 * Task listener on {@code create} of {@code Task_ReviewApplication}: offers the review to the
 * SUPERVISOR and ADMIN groups (role names are the engine's groups, so a supervisor appointed later
 * sees waiting applications too; the work list queries by role) and sets it due in three days.
 */
@Dependent
@Named("membershipReviewOpened")
public class ReviewOpenedListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.addCandidateGroup(Role.SUPERVISOR.name());
    task.addCandidateGroup(Role.ADMIN.name());
    task.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(Membership.REVIEW_DUE_DAYS))));
  }
}
