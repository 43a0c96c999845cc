package org.redheart.network.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.redheart.network.application.MembershipEngine;
import org.redheart.platform.api.Conflict;

/** {@link MembershipEngine} on Camunda 7: one {@code MembershipProcess} per application, keyed by its id. */
@ApplicationScoped
public class CamundaMembershipEngine implements MembershipEngine {

  @Inject ProcessEngine engine;

  @Override
  public void start(String applicationId) {
    engine.getRuntimeService().startProcessInstanceByKey(Membership.PROCESS_KEY, applicationId,
        Variables.createVariables().putValue(Membership.VAR_APPLICATION_ID, applicationId));
  }

  @Override
  public Optional<String> reviewTaskId(String applicationId) {
    return Optional.ofNullable(reviewTaskIds(List.of(applicationId)).get(applicationId));
  }

  @Override
  public Map<String, String> reviewTaskIds(Collection<String> applicationIds) {
    Map<String, String> out = new HashMap<>();
    if (applicationIds.isEmpty()) {
      return out;
    }
    List<Task> tasks = engine.getTaskService().createTaskQuery()
        .processDefinitionKey(Membership.PROCESS_KEY)
        .processInstanceBusinessKeyIn(applicationIds.toArray(String[]::new))
        .taskDefinitionKey(Membership.TASK_REVIEW)
        .list();
    if (tasks.isEmpty()) {
      return out;
    }
    Map<String, String> keys = new HashMap<>();
    engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(java.util.stream.Collectors.toSet()))
        .list()
        .forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
    tasks.forEach(t -> out.put(keys.get(t.getProcessInstanceId()), t.getId()));
    return out;
  }

  @Override
  public void decide(String applicationId, boolean approved) {
    String taskId = reviewTaskId(applicationId)
        .orElseThrow(() -> new Conflict("application " + applicationId + " has no open review"));
    try {
      engine.getTaskService().complete(taskId, Variables.createVariables().putValue(Membership.VAR_APPROVED, approved));
    } catch (OptimisticLockingException e) {
      throw new Conflict("application " + applicationId + " was reviewed by someone else at the same time");
    }
  }
}
