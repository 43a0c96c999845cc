package org.redheart.platform.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.WorkItem;
import org.redheart.platform.api.WorkList;

/** The work list over the engine's task service: assigned tasks first by due date, then offered ones. */
@ApplicationScoped
public class CamundaWorkList implements WorkList {

  @Inject ProcessEngine engine;

  @Override
  public Page<WorkItem> openFor(String userId, Set<Role> roles, Set<String> steps, PageRequest page) {
    TaskQuery query = withSteps(queryFor(userId, roles), steps);
    long total = query.count();
    List<Task> tasks =
        withSteps(queryFor(userId, roles), steps)
            .orderByDueDate()
            .asc()
            .orderByTaskCreateTime()
            .asc()
            .listPage(page.offset(), page.size());
    java.util.Map<String, String> businessKeys = businessKeys(tasks);
    return new Page<>(
        tasks.stream().map(t -> toItem(t, businessKeys.get(t.getProcessInstanceId()))).toList(),
        page.page(),
        page.size(),
        total);
  }

  @Override
  public Page<WorkItem> openForExcept(String userId, Set<Role> roles, Set<String> excludedSteps, PageRequest page) {
    String[] excluded = excludedSteps.toArray(String[]::new);
    TaskQuery count = queryFor(userId, roles);
    TaskQuery list = queryFor(userId, roles);
    if (excluded.length > 0) {
      count.taskDefinitionKeyNotIn(excluded);
      list.taskDefinitionKeyNotIn(excluded);
    }
    long total = count.count();
    List<Task> tasks = list.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(page.offset(), page.size());
    java.util.Map<String, String> businessKeys = businessKeys(tasks);
    return new Page<>(
        tasks.stream().map(t -> toItem(t, businessKeys.get(t.getProcessInstanceId()))).toList(),
        page.page(),
        page.size(),
        total);
  }

  @Override
  public Optional<WorkItem> find(String taskId) {
    if (taskId == null || taskId.length() > 64) {
      return Optional.empty();
    }
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    return Optional.ofNullable(task)
        .map(t -> toItem(t, businessKeys(List.of(t)).get(t.getProcessInstanceId())));
  }

  @Override
  public boolean mayWorkOn(String taskId, String userId, Set<Role> roles) {
    return queryFor(userId, roles).taskId(taskId).count() > 0;
  }

  private static TaskQuery withSteps(TaskQuery query, Set<String> steps) {
    return steps.isEmpty() ? query : query.taskDefinitionKeyIn(steps.toArray(String[]::new));
  }

  private TaskQuery queryFor(String userId, Set<Role> roles) {
    TaskQuery query = engine.getTaskService().createTaskQuery().active();
    TaskQuery or = query.or().taskAssignee(userId).taskCandidateUser(userId);
    if (!roles.isEmpty()) {
      or = or.taskCandidateGroupIn(roles.stream().map(Role::name).toList());
    }
    return or.endOr();
  }

  /** One query for the business keys of a page of tasks. */
  private java.util.Map<String, String> businessKeys(List<Task> tasks) {
    java.util.Map<String, String> keys = new java.util.HashMap<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    tasks.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull).forEach(ids::add);
    if (!ids.isEmpty()) {
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(ids).list()
          .forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
    }
    return keys;
  }

  private WorkItem toItem(Task task, String businessKey) {
    String processKey = processKey(task.getProcessDefinitionId());
    return new WorkItem(
        task.getId(),
        processKey,
        businessKey,
        task.getTaskDefinitionKey(),
        task.getName(),
        task.getAssignee(),
        task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }

  private String processKey(String definitionId) {
    // definitions are cached by the engine's deployment cache: this is not a database round trip
    ProcessDefinition definition =
        engine.getRepositoryService().getProcessDefinition(definitionId);
    return definition.getKey();
  }

}
