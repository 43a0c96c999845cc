package org.redheart.materials.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redheart.materials.api.ReviewStage;
import org.redheart.materials.application.ApprovalEngine;
import org.redheart.materials.application.ReviewSteps;
import org.redheart.materials.domain.FourEyes;
import org.redheart.platform.api.Conflict;
import org.redheart.platform.api.Forbidden;

/**
 * One test per path through {@code PublicationApprovalProcess}, driven through the engine adapter
 * the materials service uses ({@link CamundaApprovalEngine}) with the real task listeners; the
 * materials service's side of the listeners ({@link ReviewSteps}) is a double that offers the
 * approval as the service does ({@link FourEyes#eligible}) and remembers who was told what.
 */
@Deployment(resources = PublicationApproval.BPMN_RESOURCE)
class PublicationApprovalProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  private static final String SUPERVISOR_A = "supervisor-a";
  private static final String SUPERVISOR_B = "supervisor-b";
  private static final String ORGANISER = "organiser-1";

  private final String materialId = "material-" + UUID.randomUUID();
  private final FakeReviewSteps steps = new FakeReviewSteps();
  private CamundaApprovalEngine approvals;

  @BeforeEach
  void wireTheListeners() {
    BpmnAwareTests.init(extension.getProcessEngine());
    Mocks.register("materialReviewTaskOpened", new ReviewTaskOpenedListener(steps));
    Mocks.register("materialReviewTaskClosed", new ReviewTaskClosedListener(steps));
    approvals = new CamundaApprovalEngine(extension.getProcessEngine());
    steps.supervisors.addAll(List.of(SUPERVISOR_A, SUPERVISOR_B));
  }

  @AfterEach
  void forgetTheDoubles() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @AfterAll
  static void closeTheEngine() {
    extension.getProcessEngine().close();
  }

  @Test
  void approvedFirstTime() {
    steps.editors(1, ORGANISER);

    ProcessInstance approval = submit(1, false);

    assertThat(approval).hasBusinessKey(materialId + ":1").isWaitingAtExactly(PublicationApproval.TASK_APPROVE_VERSION);
    assertThat(candidates(task(approval))).containsExactlyInAnyOrder(SUPERVISOR_A, SUPERVISOR_B);
    assertThat(steps.openTasks).containsValue(ReviewStage.APPROVAL);

    approvals.completeApproval(task(approval).getId(), true);

    assertThat(approval)
        .hasPassedInOrder(PublicationApproval.START_EVENT, PublicationApproval.GATEWAY_NEEDS_CLEARANCE,
            PublicationApproval.TASK_APPROVE_VERSION, PublicationApproval.GATEWAY_APPROVED,
            PublicationApproval.END_APPROVED)
        .hasNotPassed(PublicationApproval.TASK_CLEAR_FINDINGS)
        .isEnded();
    assertThat(steps.openTasks).isEmpty();
    assertThat(steps.adminsToldNoApprover).isZero();
  }

  @Test
  void changesRequestedThenApproved() {
    steps.editors(1, ORGANISER);
    ProcessInstance first = submit(1, false);

    approvals.completeApproval(task(first).getId(), false);

    assertThat(first).hasPassed(PublicationApproval.END_CHANGES_REQUESTED).hasNotPassed(PublicationApproval.END_APPROVED)
        .isEnded();
    assertThat(steps.openTasks).isEmpty();

    steps.editors(2, ORGANISER);
    ProcessInstance second = submit(2, false);
    assertThat(second).hasBusinessKey(materialId + ":2").isWaitingAtExactly(PublicationApproval.TASK_APPROVE_VERSION);
    approvals.completeApproval(task(second).getId(), true);
    assertThat(second).hasPassed(PublicationApproval.END_APPROVED).isEnded();
  }

  @Test
  void editorIsNotOfferedTheTask() {
    steps.editors(1, SUPERVISOR_A);

    ProcessInstance approval = submit(1, false);

    assertThat(candidates(task(approval))).containsExactly(SUPERVISOR_B);
    assertThat(taskService().createTaskQuery().taskCandidateUser(SUPERVISOR_A).count()).isZero();
    assertThat(taskService().createTaskQuery().taskCandidateUser(SUPERVISOR_B).count()).isEqualTo(1);
    // and the service refuses the editor even if the task reached them some other way
    assertThatThrownBy(() -> FourEyes.checkApprover(SUPERVISOR_A, true, steps.editorsOf(1)))
        .isInstanceOf(Forbidden.class).hasMessageContaining("four-eyes");
  }

  @Test
  void noEligibleApproverTellsTheAdminsAndOffersTheTaskToNobody() {
    steps.editors(1, SUPERVISOR_A, SUPERVISOR_B);

    ProcessInstance approval = submit(1, false);

    assertThat(approval).isWaitingAtExactly(PublicationApproval.TASK_APPROVE_VERSION);
    assertThat(candidates(task(approval))).isEmpty();
    assertThat(steps.adminsToldNoApprover).isEqualTo(1);
  }

  @Test
  void highSeverityFindingBlocksUntilCleared() {
    steps.editors(1, ORGANISER);

    ProcessInstance approval = submit(1, true);

    assertThat(approval).isWaitingAtExactly(PublicationApproval.TASK_CLEAR_FINDINGS);
    assertThat(groups(task(approval))).containsExactly("SAFEGUARDING_LEAD");
    assertThat(taskService().createTaskQuery().taskCandidateUser(SUPERVISOR_B).count()).isZero();
    assertThat(steps.leadsToldOfClearance).isEqualTo(1);
    assertThatThrownBy(() -> FourEyes.checkApprovable(true, List.of()))
        .isInstanceOf(Conflict.class).hasMessageContaining("not cleared");

    approvals.completeClearance(task(approval).getId(), true);

    assertThat(approval).hasPassed(PublicationApproval.GATEWAY_CLEARED)
        .isWaitingAtExactly(PublicationApproval.TASK_APPROVE_VERSION);
    assertThat(candidates(task(approval))).containsExactlyInAnyOrder(SUPERVISOR_A, SUPERVISOR_B);
    approvals.completeApproval(task(approval).getId(), true);
    assertThat(approval).hasPassedInOrder(PublicationApproval.TASK_CLEAR_FINDINGS, PublicationApproval.GATEWAY_CLEARED,
        PublicationApproval.TASK_APPROVE_VERSION, PublicationApproval.END_APPROVED).isEnded();
  }

  @Test
  void theSafeguardingLeadSendsAVersionBackAtClearance() {
    steps.editors(1, ORGANISER);
    ProcessInstance approval = submit(1, true);

    approvals.completeClearance(task(approval).getId(), false);

    assertThat(approval).hasPassed(PublicationApproval.END_SENT_BACK_AT_CLEARANCE)
        .hasNotPassed(PublicationApproval.TASK_APPROVE_VERSION).isEnded();
    assertThat(steps.openTasks).isEmpty();
  }

  @Test
  void photoWithoutAttestationBlocks() {
    steps.editors(1, ORGANISER);
    ProcessInstance approval = submit(1, false);

    assertThatThrownBy(() -> FourEyes.checkApprovable(false, List.of("rally.jpg")))
        .isInstanceOf(Conflict.class).hasMessageContaining("rally.jpg").hasMessageContaining("attestation");

    // the refused approval leaves the task open for the supervisor once the photo is attested
    assertThat(approval).isWaitingAtExactly(PublicationApproval.TASK_APPROVE_VERSION);
    FourEyes.checkApprovable(false, List.of());
    approvals.completeApproval(task(approval).getId(), true);
    assertThat(approval).hasPassed(PublicationApproval.END_APPROVED).isEnded();
  }

  @Test
  void withdrawalEndsTheApproval() {
    steps.editors(1, ORGANISER);
    ProcessInstance approval = submit(1, true);
    String taskId = task(approval).getId();

    approvals.end(materialId, 1, "withdrawn");

    assertThat(approval).hasPassed(PublicationApproval.START_APPROVAL_ENDED, PublicationApproval.END_APPROVAL_ENDED)
        .hasNotPassed(PublicationApproval.TASK_APPROVE_VERSION).isEnded();
    assertThat(taskService().createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(steps.closedTasks).contains(taskId);
    assertThat(steps.openTasks).isEmpty();
    // ending an approval that no longer runs is nothing
    approvals.end(materialId, 1, "withdrawn");
  }

  @Test
  void editingAnApprovedVersionReopensApproval() {
    steps.editors(1, ORGANISER);
    ProcessInstance first = submit(1, false);
    approvals.completeApproval(task(first).getId(), true);
    assertThat(first).hasPassed(PublicationApproval.END_APPROVED).isEnded();

    // the edit makes version 2, edited by supervisor A; its submission starts a new approval
    steps.editors(2, SUPERVISOR_A);
    ProcessInstance second = submit(2, false);

    assertThat(second).hasBusinessKey(materialId + ":2").isWaitingAtExactly(PublicationApproval.TASK_APPROVE_VERSION);
    assertThat(candidates(task(second))).containsExactly(SUPERVISOR_B);

    // editing again while version 2 is in review supersedes it: its approval ends, version 3's starts
    approvals.end(materialId, 2, "superseded");
    assertThat(second).hasPassed(PublicationApproval.END_APPROVAL_ENDED).isEnded();
    steps.editors(3, SUPERVISOR_A, ORGANISER);
    ProcessInstance third = submit(3, false);
    assertThat(third).isWaitingAtExactly(PublicationApproval.TASK_APPROVE_VERSION);
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PublicationApproval.PROCESS_KEY)
        .processInstanceBusinessKeyLike(materialId + ":%").count()).isEqualTo(1);
  }

  private ProcessInstance submit(int number, boolean needsClearance) {
    approvals.start(materialId, number, needsClearance);
    return runtimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(ApprovalEngine.businessKey(materialId, number), PublicationApproval.PROCESS_KEY)
        .singleResult();
  }

  private static List<String> candidates(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
        .map(IdentityLink::getUserId).toList();
  }

  private static List<String> groups(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).distinct().toList();
  }

  static ProcessEngine inMemoryEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    String name = "publication-approval-test-" + UUID.randomUUID();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    return configuration.buildProcessEngine();
  }

  /** The materials service's side of the listeners, in memory: four-eyes as the service applies it. */
  static final class FakeReviewSteps implements ReviewSteps {
    final List<String> supervisors = new ArrayList<>();
    final Map<Integer, Set<String>> editorsByVersion = new HashMap<>();
    final Map<String, ReviewStage> openTasks = new HashMap<>();
    final List<String> closedTasks = new ArrayList<>();
    int leadsToldOfClearance;
    int adminsToldNoApprover;

    void editors(int version, String... userIds) {
      editorsByVersion.put(version, new LinkedHashSet<>(List.of(userIds)));
    }

    Set<String> editorsOf(int version) {
      return editorsByVersion.getOrDefault(version, Set.of());
    }

    @Override
    public Opening opened(String materialId, int versionNumber, ReviewStage stage, String taskId) {
      openTasks.put(taskId, stage);
      if (stage == ReviewStage.CLEARANCE) {
        leadsToldOfClearance++;
        return new Opening("SAFEGUARDING_LEAD", List.of());
      }
      List<String> eligible = FourEyes.eligible(supervisors, editorsOf(versionNumber), 200);
      if (eligible.isEmpty()) {
        adminsToldNoApprover++;
      }
      return new Opening(null, eligible);
    }

    @Override
    public void closed(String taskId) {
      openTasks.remove(taskId);
      closedTasks.add(taskId);
    }
  }
}
