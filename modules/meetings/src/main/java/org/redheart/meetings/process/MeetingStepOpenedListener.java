package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.redheart.meetings.application.LifecycleSteps;

/**
 * Task listener on {@code create} of every user task of {@code MeetingLifecycleProcess}: moves the
 * meeting's stage, opens the step's row of the step-status table, sets the due date, assigns the
 * organiser or offers an approval to the campaign's eligible supervisors.
 */
@Dependent
@Named("meetingStepOpened")
public class MeetingStepOpenedListener implements TaskListener {

  @Inject LifecycleSteps steps;

  @Override
  public void notify(DelegateTask task) {
    String meetingId = (String) task.getVariable(MeetingLifecycle.VAR_MEETING_ID);
    LifecycleSteps.Opening opening = steps.opened(meetingId, task.getTaskDefinitionKey(), task.getId());
    task.setDueDate(Date.from(opening.dueAt()));
    if (opening.assigneeId() != null) {
      task.setAssignee(opening.assigneeId());
    }
    opening.candidateIds().forEach(task::addCandidateUser);
  }
}
