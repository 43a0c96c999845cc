package org.redheart.materials.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.redheart.materials.application.ConcernEngine;

/** {@link ConcernEngine} on Camunda 7: one {@code SafeguardingConcernProcess} per concern, keyed by its id. */
@ApplicationScoped
public class CamundaConcernEngine implements ConcernEngine {

  @Inject ProcessEngine engine;

  @Override
  public void start(String concernId) {
    engine.getRuntimeService().startProcessInstanceByKey(ConcernFlow.PROCESS_KEY, concernId,
        Variables.createVariables().putValue(ConcernFlow.VAR_CONCERN_ID, concernId));
  }

  @Override
  public void referralRecorded(String concernId, String userId) {
    complete(concernId, ConcernFlow.TASK_RECORD_REFERRAL, userId);
  }

  @Override
  public void closed(String concernId, String userId) {
    complete(concernId, ConcernFlow.TASK_CLOSE_CONCERN, userId);
  }

  @Override
  public Map<String, String> openTasks(Collection<String> concernIds) {
    Map<String, String> out = new LinkedHashMap<>();
    if (concernIds.isEmpty()) {
      return out;
    }
    List<Task> tasks = engine.getTaskService().createTaskQuery()
        .processDefinitionKey(ConcernFlow.PROCESS_KEY)
        .processInstanceBusinessKeyIn(concernIds.toArray(String[]::new))
        .list();
    if (tasks.isEmpty()) {
      return out;
    }
    Map<String, String> keyOfInstance = new java.util.HashMap<>();
    engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(java.util.stream.Collectors.toSet()))
        .list()
        .forEach(p -> keyOfInstance.put(p.getId(), p.getBusinessKey()));
    for (Task task : tasks) {
      String key = keyOfInstance.get(task.getProcessInstanceId());
      if (key != null) {
        out.put(key, task.getId());
      }
    }
    return out;
  }

  private void complete(String concernId, String taskKey, String userId) {
    List<Task> open = engine.getTaskService().createTaskQuery()
        .processDefinitionKey(ConcernFlow.PROCESS_KEY)
        .processInstanceBusinessKey(concernId)
        .taskDefinitionKey(taskKey)
        .list();
    if (open.isEmpty()) {
      throw new IllegalStateException("concern " + concernId + " has no open " + taskKey);
    }
    for (Task task : open) {
      engine.getTaskService().setAssignee(task.getId(), userId);
      engine.getTaskService().complete(task.getId());
    }
  }
}
