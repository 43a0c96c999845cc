package org.redheart.reporting.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.redheart.reporting.application.ReviewEngine;

/** {@link ReviewEngine} on Camunda 7: one {@code ResultsReportProcess} per submission of a report. */
@ApplicationScoped
public class CamundaReviewEngine implements ReviewEngine {

  @Inject ProcessEngine engine;

  public CamundaReviewEngine() {}

  /** For process tests, outside CDI. */
  CamundaReviewEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void submitted(String reportId) {
    end(reportId);
    engine.getRuntimeService().startProcessInstanceByKey(ResultsReportProcess.PROCESS_KEY, reportId,
        Variables.createVariables().putValue(ResultsReportProcess.VAR_REPORT_ID, reportId));
  }

  @Override
  public void reviewed(String reportId) {
    for (Task task : engine.getTaskService().createTaskQuery().processDefinitionKey(ResultsReportProcess.PROCESS_KEY)
        .processInstanceBusinessKey(reportId).taskDefinitionKey(ResultsReportProcess.TASK_REVIEW).list()) {
      engine.getTaskService().complete(task.getId());
    }
  }

  private void end(String reportId) {
    for (ProcessInstance running : engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ResultsReportProcess.PROCESS_KEY).processInstanceBusinessKey(reportId).list()) {
      engine.getRuntimeService().deleteProcessInstance(running.getId(), "submitted again");
    }
  }
}
