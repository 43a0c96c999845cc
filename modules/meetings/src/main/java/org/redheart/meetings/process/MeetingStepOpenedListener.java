package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.redheart.meetings.application.LifecycleSteps;

/**
 * Task listener on {@code create} of every user task of {@code MeetingLifecycleProcess}
 * ({@code Task_WriteConceptNote} to {@code Task_ApproveSocialPost}): moves the meeting's stage, sets
 * the due date, assigns the organiser or offers an approval to eligible supervisors.
 */
@Dependent
@Named("meetingStepOpened")
public class MeetingStepOpenedListener implements TaskListener {

  @Inject LifecycleSteps steps;

  @Override
  public void notify(DelegateTask task) {
    String meetingId = (String) task.getVariable(MeetingLifecycle.VAR_MEETING_ID);
    LifecycleSteps.Opening opening = steps.opened(meetingId, task.getTaskDefinitionKey());
    task.setDueDate(Date.from(opening.dueAt()));
    if (opening.assigneeId() != null) {
      task.setAssignee(opening.assigneeId());
    }
    opening.candidateIds().forEach(task::addCandidateUser);
  }
}
