package org.redheart.materials.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.redheart.materials.api.Channel;
import org.redheart.materials.application.PublicationEngine;

/** {@link PublicationEngine} on Camunda 7: one instance of {@code PostPublicationProcess} per post, keyed by its id. */
@ApplicationScoped
public class CamundaPublicationEngine implements PublicationEngine {
  private static final Set<String> WAITING_TIMERS =
      Set.of(PostPublication.TIMER_SCHEDULED_TIME, PostPublication.TIMER_RETRY_LATER);
  private static final Set<String> REMINDERS =
      Set.of(PostPublication.TASK_RECORD_FIGURES_WEEK, PostPublication.TASK_RECORD_FIGURES_MONTH);

  @Inject ProcessEngine engine;

  public CamundaPublicationEngine() {}

  /** For process tests, outside CDI. */
  CamundaPublicationEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void start(String materialId, Channel channel, Instant at, String authorId) {
    engine.getRuntimeService().startProcessInstanceByKey(PostPublication.PROCESS_KEY, materialId,
        Variables.createVariables()
            .putValue(PostPublication.VAR_MATERIAL_ID, materialId)
            .putValue(PostPublication.VAR_CHANNEL, channel.name())
            .putValue(PostPublication.VAR_SCHEDULED_AT, at.toString())
            .putValue(PostPublication.VAR_AUTHOR_ID, authorId)
            .putValue(PostPublication.VAR_ALREADY_PUBLISHED, false));
  }

  @Override
  public void startReminders(String materialId, String authorId) {
    engine.getRuntimeService().startProcessInstanceByKey(PostPublication.PROCESS_KEY, materialId,
        Variables.createVariables()
            .putValue(PostPublication.VAR_MATERIAL_ID, materialId)
            .putValue(PostPublication.VAR_CHANNEL, Channel.MANUAL.name())
            .putValue(PostPublication.VAR_AUTHOR_ID, authorId)
            .putValue(PostPublication.VAR_ALREADY_PUBLISHED, true));
  }

  @Override
  public void end(String materialId) {
    engine.getRuntimeService()
        .createMessageCorrelation(PostPublication.MESSAGE_ENDED)
        .processInstanceBusinessKey(materialId)
        .correlateAll();
  }

  @Override
  public boolean running(String materialId) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PostPublication.PROCESS_KEY)
        .processInstanceBusinessKey(materialId)
        .active()
        .count() > 0;
  }

  @Override
  public boolean waitingToPublish(String materialId) {
    return !waitingTimers(materialId).isEmpty() || openTask(materialId, PostPublication.TASK_POST_BY_HAND) != null;
  }

  @Override
  public boolean fireNow(String materialId) {
    List<Job> timers = waitingTimers(materialId);
    Date now = ClockUtil.getCurrentTime();
    for (Job timer : timers) {
      engine.getManagementService().setJobDuedate(timer.getId(), now);
    }
    return !timers.isEmpty();
  }

  @Override
  public boolean postedByHand(String materialId) {
    Task task = openTask(materialId, PostPublication.TASK_POST_BY_HAND);
    if (task == null) {
      return false;
    }
    engine.getTaskService().complete(task.getId());
    return true;
  }

  @Override
  public int closeFigureReminders(String materialId) {
    int closed = 0;
    for (Task task : openTasks(materialId)) {
      if (REMINDERS.contains(task.getTaskDefinitionKey())) {
        engine.getTaskService().complete(task.getId());
        closed++;
      }
    }
    return closed;
  }

  private List<Job> waitingTimers(String materialId) {
    List<Job> timers = new java.util.ArrayList<>();
    for (var pi : engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PostPublication.PROCESS_KEY).processInstanceBusinessKey(materialId).list()) {
      for (String activity : WAITING_TIMERS) {
        timers.addAll(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
            .activityId(activity).list());
      }
    }
    return timers;
  }

  private Task openTask(String materialId, String key) {
    return openTasks(materialId).stream().filter(t -> key.equals(t.getTaskDefinitionKey())).findFirst().orElse(null);
  }

  private List<Task> openTasks(String materialId) {
    return engine.getTaskService().createTaskQuery()
        .processDefinitionKey(PostPublication.PROCESS_KEY)
        .processInstanceBusinessKey(materialId)
        .list();
  }
}
