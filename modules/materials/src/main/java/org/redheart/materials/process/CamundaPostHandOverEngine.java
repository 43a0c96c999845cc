package org.redheart.materials.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.redheart.materials.application.PostHandOverEngine;

/** {@link PostHandOverEngine} on Camunda 7: one {@code MeetingPostProcess} per meeting. */
@ApplicationScoped
public class CamundaPostHandOverEngine implements PostHandOverEngine {

  @Inject ProcessEngine engine;

  public CamundaPostHandOverEngine() {}

  /** For process tests, outside CDI. */
  CamundaPostHandOverEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void start(String meetingId, String organiserId) {
    long running = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(MeetingPost.PROCESS_KEY).processInstanceBusinessKey(meetingId).count();
    if (running > 0) {
      return;
    }
    engine.getRuntimeService().startProcessInstanceByKey(MeetingPost.PROCESS_KEY, meetingId,
        Variables.createVariables()
            .putValue(MeetingPost.VAR_MEETING_ID, meetingId)
            .putValue(MeetingPost.VAR_ORGANISER_ID, organiserId));
  }

  @Override
  public void drafted(String meetingId) {
    for (Task task : engine.getTaskService().createTaskQuery().processDefinitionKey(MeetingPost.PROCESS_KEY)
        .processInstanceBusinessKey(meetingId).taskDefinitionKey(MeetingPost.TASK_DRAFT).list()) {
      engine.getTaskService().complete(task.getId());
    }
  }
}
