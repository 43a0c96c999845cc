package org.redheart.meetings.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
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

  private static OpenStep toOpenStep(Task task, String meetingId) {
    return new OpenStep(
        task.getId(),
        meetingId,
        task.getTaskDefinitionKey(),
        task.getAssignee(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }

}
