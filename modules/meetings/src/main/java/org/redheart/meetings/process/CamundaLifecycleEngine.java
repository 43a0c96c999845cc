package org.redheart.meetings.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.redheart.meetings.api.OpenStep;
import org.redheart.meetings.application.LifecycleEngine;
import org.redheart.platform.api.Conflict;

/** {@link LifecycleEngine} on Camunda 7: process instances keyed by meeting id. */
@ApplicationScoped
public class CamundaLifecycleEngine implements LifecycleEngine {

  @Inject ProcessEngine engine;

  public CamundaLifecycleEngine() {}

  /** For process tests, outside CDI. */
  CamundaLifecycleEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void start(String meetingId, String organiserId) {
    engine.getRuntimeService()
        .startProcessInstanceByKey(
            MeetingLifecycle.PROCESS_KEY,
            meetingId,
            Variables.createVariables()
                .putValue(MeetingLifecycle.VAR_MEETING_ID, meetingId)
                .putValue(MeetingLifecycle.VAR_ORGANISER_ID, organiserId));
  }

  @Override
  public Optional<OpenStep> openStep(String taskId) {
    if (taskId == null || taskId.length() > 64) {
      return Optional.empty();
    }
    Task task =
        engine.getTaskService().createTaskQuery().taskId(taskId).processDefinitionKey(MeetingLifecycle.PROCESS_KEY).singleResult();
    if (task == null) {
      return Optional.empty();
    }
    String meetingId = (String) engine.getTaskService().getVariable(taskId, MeetingLifecycle.VAR_MEETING_ID);
    return Optional.of(toOpenStep(task, meetingId));
  }

  @Override
  public boolean wasCompleted(String taskId) {
    if (taskId == null || taskId.length() > 64) {
      return false;
    }
    HistoricTaskInstance done =
        engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
    return done != null;
  }

  @Override
  public List<String> candidates(String taskId) {
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
        .map(IdentityLink::getUserId)
        .toList();
  }

  @Override
  public List<OpenStep> openSteps(String meetingId) {
    return engine.getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(meetingId)
        .processDefinitionKey(MeetingLifecycle.PROCESS_KEY)
        .orderByTaskCreateTime()
        .asc()
        .listPage(0, 50)
        .stream()
        .map(t -> toOpenStep(t, meetingId))
        .toList();
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    try {
      engine.getTaskService().complete(taskId, variables);
    } catch (OptimisticLockingException e) {
      throw new Conflict("task " + taskId + " was completed by someone else at the same time");
    }
  }

  @Override
  public void reschedule(String meetingId, Map<String, Instant> dueByTaskKey, Instant oneDayToGo) {
    ProcessInstance instance = instance(meetingId);
    if (instance == null) {
      return;
    }
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
      Instant due = dueByTaskKey.get(task.getTaskDefinitionKey());
      if (due != null) {
        task.setDueDate(Date.from(due));
        engine.getTaskService().saveTask(task);
      }
    }
    dueByTaskKey.forEach((taskKey, due) -> moveTimers(instance.getId(), MeetingLifecycle.overdueTimer(taskKey), due));
    if (oneDayToGo != null) {
      moveTimers(instance.getId(), MeetingLifecycle.ONE_DAY_TO_GO_START, oneDayToGo);
    }
  }

  @Override
  public boolean postPublished(String meetingId) {
    List<org.camunda.bpm.engine.runtime.Execution> waiting = engine.getRuntimeService().createExecutionQuery()
        .processDefinitionKey(MeetingLifecycle.PROCESS_KEY)
        .processInstanceBusinessKey(meetingId)
        .activityId(MeetingLifecycle.PUBLISH_SOCIAL_POST)
        .messageEventSubscriptionName(MeetingLifecycle.MESSAGE_POST_PUBLISHED)
        .list();
    if (waiting.isEmpty()) {
      return false;
    }
    engine.getRuntimeService().createMessageCorrelation(MeetingLifecycle.MESSAGE_POST_PUBLISHED)
        .processInstanceBusinessKey(meetingId)
        .correlateAll();
    return true;
  }

  @Override
  public void cancel(String meetingId, String reason) {
    ProcessInstance instance = instance(meetingId);
    if (instance != null) {
      // skip custom listeners: the meeting is cancelled, not completed; skip I/O mappings likewise
      engine.getRuntimeService().deleteProcessInstance(instance.getId(), reason, true, true);
    }
  }

  private void moveTimers(String processInstanceId, String activityId, Instant due) {
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).timers().list()) {
      engine.getManagementService().setJobDuedate(job.getId(), Date.from(due));
    }
  }

  private ProcessInstance instance(String meetingId) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(meetingId, MeetingLifecycle.PROCESS_KEY)
        .singleResult();
  }

  private static OpenStep toOpenStep(Task task, String meetingId) {
    return new OpenStep(
        task.getId(),
        meetingId,
        task.getTaskDefinitionKey(),
        task.getAssignee(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }
}
