package org.redheart.materials.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.redheart.materials.application.ApprovalEngine;
import org.redheart.platform.api.Conflict;

/** {@link ApprovalEngine} on Camunda 7: one instance per submitted version, keyed materialId:versionNumber. */
@ApplicationScoped
public class CamundaApprovalEngine implements ApprovalEngine {

  @Inject ProcessEngine engine;

  public CamundaApprovalEngine() {}

  /** For process tests, outside CDI. */
  CamundaApprovalEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void start(String materialId, int versionNumber, boolean needsClearance) {
    engine.getRuntimeService().startProcessInstanceByKey(
        PublicationApproval.PROCESS_KEY,
        ApprovalEngine.businessKey(materialId, versionNumber),
        Variables.createVariables()
            .putValue(PublicationApproval.VAR_MATERIAL_ID, materialId)
            .putValue(PublicationApproval.VAR_VERSION_NUMBER, versionNumber)
            .putValue(PublicationApproval.VAR_NEEDS_CLEARANCE, needsClearance));
  }

  @Override
  public void completeClearance(String taskId, boolean cleared) {
    complete(taskId, PublicationApproval.VAR_CLEARED, cleared);
  }

  @Override
  public void completeApproval(String taskId, boolean approved) {
    complete(taskId, PublicationApproval.VAR_APPROVED, approved);
  }

  @Override
  public void end(String materialId, int versionNumber, String reason) {
    engine.getRuntimeService()
        .createMessageCorrelation(PublicationApproval.MESSAGE_ENDED)
        .processInstanceBusinessKey(ApprovalEngine.businessKey(materialId, versionNumber))
        .correlateAll();
  }

  private void complete(String taskId, String variable, boolean value) {
    try {
      engine.getTaskService().complete(taskId, Variables.createVariables().putValue(variable, value));
    } catch (OptimisticLockingException e) {
      throw new Conflict("the review task was completed by someone else at the same time");
    } catch (org.camunda.bpm.engine.exception.NullValueException e) {
      throw new Conflict("the review task is no longer open");
    }
  }
}
