package org.redheart.meetings.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.redheart.meetings.application.ActionPlanEngine;

/** {@link ActionPlanEngine} on Camunda 7: one {@code ActionPlanProcess} per plan, keyed by its id. */
@ApplicationScoped
public class CamundaActionPlanEngine implements ActionPlanEngine {

  @Inject ProcessEngine engine;

  @Override
  public void startIfAbsent(String planId) {
    if (started(planId)) {
      return;
    }
    engine.getRuntimeService().startProcessInstanceByKey(ActionPlanFlow.PROCESS_KEY, planId,
        Variables.createVariables().putValue(ActionPlanFlow.VAR_PLAN_ID, planId));
  }

  @Override
  public void closed(String planId) {
    engine.getRuntimeService().createMessageCorrelation(ActionPlanFlow.MESSAGE_CLOSED)
        .processInstanceBusinessKey(planId)
        .correlateAllWithResult();
  }

  @Override
  public boolean started(String planId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ActionPlanFlow.PROCESS_KEY)
        .processInstanceBusinessKey(planId)
        .count() > 0
        || engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ActionPlanFlow.PROCESS_KEY)
            .processInstanceBusinessKey(planId)
            .count() > 0;
  }
}
