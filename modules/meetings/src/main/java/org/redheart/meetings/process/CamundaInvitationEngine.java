package org.redheart.meetings.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.redheart.meetings.application.InvitationEngine;
import org.redheart.meetings.application.InvitationSteps;
import org.redheart.platform.api.Conflict;

/**
 * {@link InvitationEngine} on Camunda 7: one {@code SpeakerInvitationProcess} per speaker (business key
 * = invitation id) and one {@code ParticipantInvitationsProcess} per meeting (business key = meeting id).
 */
@ApplicationScoped
public class CamundaInvitationEngine implements InvitationEngine {

  @Inject ProcessEngine engine;
  @Inject InvitationSteps steps;
  @Inject InvitationCorrelation correlation;

  private ConflictRetry.Sleeper sleeper = Thread::sleep;

  public CamundaInvitationEngine() {}

  /** For process tests, outside CDI. */
  CamundaInvitationEngine(ProcessEngine engine, InvitationSteps steps, ConflictRetry.Sleeper sleeper) {
    this.engine = engine;
    this.steps = steps;
    this.correlation = new InvitationCorrelation(engine, steps);
    this.sleeper = sleeper;
  }

  @Override
  public void startSpeaker(String invitationId) {
    if (instance(InvitationFlow.SPEAKER_PROCESS_KEY, invitationId) == null) {
      engine.getRuntimeService().startProcessInstanceByKey(InvitationFlow.SPEAKER_PROCESS_KEY, invitationId,
          Variables.createVariables().putValue(InvitationFlow.VAR_INVITATION_ID, invitationId));
    }
  }

  @Override
  public void startParticipants(String meetingId) {
    if (instance(InvitationFlow.PARTICIPANTS_PROCESS_KEY, meetingId) == null) {
      engine.getRuntimeService().startProcessInstanceByKey(InvitationFlow.PARTICIPANTS_PROCESS_KEY, meetingId,
          Variables.createVariables().putValue(InvitationFlow.VAR_MEETING_ID, meetingId));
    }
  }

  @Override
  public boolean answered(String invitationId) {
    try {
      return ConflictRetry.run(() -> correlation.answered(invitationId), ConflictRetry.TRIES, sleeper);
    } catch (MismatchingMessageCorrelationException e) {
      return false;
    }
  }

  @Override
  public void withdrawn(String invitationId) {
    ProcessInstance instance = instance(InvitationFlow.SPEAKER_PROCESS_KEY, invitationId);
    if (instance != null) {
      engine.getRuntimeService().createMessageCorrelation(InvitationFlow.MESSAGE_WITHDRAWN)
          .processInstanceId(instance.getId())
          .correlateAllWithResult();
    }
  }

  @Override
  public void meetingMoved(String meetingId, Collection<String> speakerInvitationIds) {
    InvitationTimers timers = new InvitationTimers(steps);
    for (String invitationId : speakerInvitationIds) {
      ProcessInstance instance = instance(InvitationFlow.SPEAKER_PROCESS_KEY, invitationId);
      if (instance == null) {
        continue;
      }
      engine.getRuntimeService().createMessageCorrelation(InvitationFlow.MESSAGE_MEETING_MOVED)
          .processInstanceId(instance.getId())
          .correlateAllWithResult();
      boolean dayBeforeWaits = moveTimers(instance.getId(), InvitationFlow.TIMER_DAY_BEFORE, timers.dayBeforeAt(invitationId));
      moveTimers(instance.getId(), InvitationFlow.MEETING_OVER, timers.endsAt(invitationId));
      if (!dayBeforeWaits && timers.dayBeforeAhead(invitationId)) {
        // reminded (or skipped) for the old date: the new day before is still ahead, so wait for it again
        ActivityInstance[] confirmed =
            engine.getRuntimeService().getActivityInstance(instance.getId()).getActivityInstances(InvitationFlow.CONFIRMED);
        if (confirmed.length == 1) {
          engine.getRuntimeService().createProcessInstanceModification(instance.getId())
              .startBeforeActivity(InvitationFlow.TIMER_DAY_BEFORE, confirmed[0].getId())
              .execute();
        }
      }
    }
    ProcessInstance participants = instance(InvitationFlow.PARTICIPANTS_PROCESS_KEY, meetingId);
    if (participants != null) {
      boolean dayBeforeWaits =
          moveTimers(participants.getId(), InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE, timers.participantsDayBeforeAt(meetingId));
      boolean overWaits =
          moveTimers(participants.getId(), InvitationFlow.PARTICIPANTS_TIMER_MEETING_OVER, timers.meetingEndsAt(meetingId));
      if (!dayBeforeWaits && overWaits && timers.participantsDayBeforeAhead(meetingId)) {
        engine.getRuntimeService().createProcessInstanceModification(participants.getId())
            .cancelAllForActivity(InvitationFlow.PARTICIPANTS_TIMER_MEETING_OVER)
            .startBeforeActivity(InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE)
            .execute();
      }
    }
  }

  @Override
  public void meetingCancelled(String meetingId, Collection<String> speakerInvitationIds) {
    for (String invitationId : speakerInvitationIds) {
      cancel(instance(InvitationFlow.SPEAKER_PROCESS_KEY, invitationId));
    }
    cancel(instance(InvitationFlow.PARTICIPANTS_PROCESS_KEY, meetingId));
  }

  @Override
  public List<String> openTasks(String invitationId) {
    return engine.getTaskService().createTaskQuery()
        .processDefinitionKey(InvitationFlow.SPEAKER_PROCESS_KEY)
        .processInstanceBusinessKey(invitationId)
        .orderByTaskCreateTime().asc()
        .list().stream().map(Task::getId).toList();
  }

  @Override
  public TaskRef task(String taskId) {
    if (taskId == null || taskId.isEmpty() || taskId.length() > 64) {
      return null;
    }
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId)
        .processDefinitionKey(InvitationFlow.SPEAKER_PROCESS_KEY).singleResult();
    if (task == null) {
      return null;
    }
    String step = InvitationFlow.STEP_BY_TASK.get(task.getTaskDefinitionKey());
    if (step == null) {
      return null;
    }
    String invitationId = (String) engine.getTaskService().getVariable(taskId, InvitationFlow.VAR_INVITATION_ID);
    return new TaskRef(task.getId(), invitationId, step, task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate()));
  }

  @Override
  public void complete(String taskId) {
    try {
      engine.getTaskService().complete(taskId);
    } catch (OptimisticLockingException e) {
      throw new Conflict("task " + taskId + " was completed by someone else at the same time");
    }
  }

  private void cancel(ProcessInstance instance) {
    if (instance != null) {
      engine.getRuntimeService().createMessageCorrelation(InvitationFlow.MESSAGE_MEETING_CANCELLED)
          .processInstanceId(instance.getId())
          .correlateAllWithResult();
    }
  }

  /** Sets the due date of the instance's timers at the activity; true when there was one. */
  private boolean moveTimers(String processInstanceId, String activityId, Date due) {
    List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).timers().list();
    for (Job job : jobs) {
      engine.getManagementService().setJobDuedate(job.getId(), due);
    }
    return !jobs.isEmpty();
  }

  private ProcessInstance instance(String processKey, String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey, processKey)
        .singleResult();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
