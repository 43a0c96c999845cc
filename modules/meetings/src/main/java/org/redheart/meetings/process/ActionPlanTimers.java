package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.redheart.meetings.application.ActionPlanReminders;

/**
 * Expressions of {@code ActionPlanProcess}: {@code ${actionPlanTimers.nextReminder(planId)}} for the
 * reminder timer, {@code ${actionPlanTimers.isOpen(planId)}} after a reminder.
 */
@Dependent
@Named("actionPlanTimers")
public class ActionPlanTimers {

  @Inject ActionPlanReminders reminders;

  public Date nextReminder(String planId) {
    return Date.from(reminders.nextReminder(planId));
  }

  public boolean isOpen(String planId) {
    return reminders.isOpen(planId);
  }
}
