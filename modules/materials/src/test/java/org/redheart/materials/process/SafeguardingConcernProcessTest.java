package org.redheart.materials.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per path through {@code SafeguardingConcernProcess}: a concern on a material withdraws
 * it; a concern on a meeting withdraws nothing; a disclosure at a meeting; the referral then the
 * closure by a lead; the leads are told before anything else. The delegates and the subject
 * expression are replaced by the doubles below, which write what happened into one journal.
 */
@Deployment(resources = ConcernFlow.BPMN_RESOURCE)
class SafeguardingConcernProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  private final String concernId = UUID.randomUUID().toString();
  private final List<String> journal = new ArrayList<>();
  private final FakeSubjects subjects = new FakeSubjects();

  @BeforeEach
  void replaceTheBeansWithDoubles() {
    BpmnAwareTests.init(extension.getProcessEngine());
    Mocks.register("concernTellLeads", (JavaDelegate) e -> journal.add("leads told of " + id(e)));
    Mocks.register("concernWithdrawItem", (JavaDelegate) e -> journal.add("withdrawn for " + id(e)));
    Mocks.register("concernSubjects", subjects);
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
  void aConcernOnAMaterialWithdrawsTheItemAndWaitsForTheReferral() {
    subjects.materials.add(concernId);

    ProcessInstance concern = start();

    assertThat(concern).isStarted().hasBusinessKey(concernId)
        .hasPassedInOrder(ConcernFlow.START_EVENT, ConcernFlow.TASK_TELL_LEADS, ConcernFlow.GATEWAY_SUBJECT_IS_MATERIAL,
            ConcernFlow.TASK_WITHDRAW_ITEM)
        .isWaitingAt(ConcernFlow.TASK_RECORD_REFERRAL)
        .variables().containsOnlyKeys(ConcernFlow.VAR_CONCERN_ID);
    assertThat(journal).containsExactly("leads told of " + concernId, "withdrawn for " + concernId);
  }

  @Test
  void aConcernOnAMeetingWithdrawsNothing() {
    ProcessInstance concern = start();

    assertThat(concern).hasPassed(ConcernFlow.TASK_TELL_LEADS, ConcernFlow.GATEWAY_SUBJECT_IS_MATERIAL)
        .hasNotPassed(ConcernFlow.TASK_WITHDRAW_ITEM)
        .isWaitingAt(ConcernFlow.TASK_RECORD_REFERRAL);
    assertThat(journal).containsExactly("leads told of " + concernId);
  }

  @Test
  void aDisclosureAtAMeetingGoesToTheLeadsForReferral() {
    ProcessInstance disclosure = start();

    assertThat(disclosure).isWaitingAt(ConcernFlow.TASK_RECORD_REFERRAL);
    assertThat(task(disclosure)).hasCandidateGroup(ConcernFlow.LEADS).isNotAssigned();
    assertThat(candidateGroups(task(disclosure).getId())).containsExactly(ConcernFlow.LEADS);
    assertThat(journal).containsExactly("leads told of " + concernId);
  }

  @Test
  void theLeadRecordsTheReferralThenClosesTheConcern() {
    subjects.materials.add(concernId);
    ProcessInstance concern = start();

    taskService().complete(task(concern).getId());
    assertThat(concern).isWaitingAt(ConcernFlow.TASK_CLOSE_CONCERN);
    assertThat(task(concern)).hasCandidateGroup(ConcernFlow.LEADS);

    taskService().complete(task(concern).getId());
    assertThat(concern).hasPassedInOrder(ConcernFlow.TASK_RECORD_REFERRAL, ConcernFlow.TASK_CLOSE_CONCERN,
        ConcernFlow.END_EVENT).isEnded();
  }

  @Test
  void theLeadsAreToldBeforeAnythingElseHappens() {
    subjects.materials.add(concernId);
    subjects.askedWhenLeadsWereTold = journal;

    start();

    assertThat(journal).first().isEqualTo("leads told of " + concernId);
    assertThat(subjects.journalSizeWhenAsked).isEqualTo(1);
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(ConcernFlow.PROCESS_KEY, concernId,
        Variables.createVariables().putValue(ConcernFlow.VAR_CONCERN_ID, concernId));
  }

  private static List<String> candidateGroups(String taskId) {
    return taskService().getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  private static String id(DelegateExecution execution) {
    return (String) execution.getVariable(ConcernFlow.VAR_CONCERN_ID);
  }

  private static ProcessEngine inMemoryEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    String name = "concern-test-" + UUID.randomUUID();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    return configuration.buildProcessEngine();
  }

  /** Stands in for {@link ConcernSubjects}: the concerns about a material are listed. */
  public static final class FakeSubjects {
    final Set<String> materials = new java.util.HashSet<>();
    List<String> askedWhenLeadsWereTold;
    int journalSizeWhenAsked = -1;

    public boolean isMaterial(String concernId) {
      if (askedWhenLeadsWereTold != null && journalSizeWhenAsked < 0) {
        journalSizeWhenAsked = askedWhenLeadsWereTold.size();
      }
      return materials.contains(concernId);
    }
  }
}
