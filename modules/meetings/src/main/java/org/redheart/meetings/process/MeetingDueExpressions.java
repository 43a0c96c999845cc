package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.redheart.meetings.application.LifecycleSteps;

/**
 * {@code meetingDue} in the lifecycle's timer expressions: {@code ${meetingDue.of(meetingId,
 * 'Task_X')}} is when the step's overdue timer fires (its due date in the step-status table), {@code
 * ${meetingDue.oneDayToGo(meetingId)}} when the organiser's "1 day to go" reminder goes. Rescheduling
 * moves the timer jobs themselves.
 */
@Dependent
@Named("meetingDue")
public class MeetingDueExpressions {

  @Inject LifecycleSteps steps;

  public Date of(String meetingId, String taskKey) {
    return Date.from(steps.dueAt(meetingId, taskKey));
  }

  public Date oneDayToGo(String meetingId) {
    return Date.from(steps.oneDayToGo(meetingId));
  }
}
