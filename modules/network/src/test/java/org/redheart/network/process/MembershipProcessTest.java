package org.redheart.network.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per path through {@code MembershipProcess}: approved → welcome mail, declined → decline
 * mail, and the reminder timer. The real review listener runs (it needs nothing but the task); the
 * mail delegates are replaced by recording doubles, so no database of applications is needed.
 */
@Deployment(resources = Membership.BPMN_RESOURCE)
class MembershipProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  private final String applicationId = "application-" + UUID.randomUUID();
  private final RecordingMails welcome = new RecordingMails();
  private final RecordingMails decline = new RecordingMails();
  private final RecordingMails reminder = new RecordingMails();

  @BeforeEach
  void replaceTheDelegatesWithDoubles() {
    BpmnAwareTests.init(extension.getProcessEngine());
    Mocks.register("membershipReviewOpened", new ReviewOpenedListener());
    Mocks.register("membershipSendWelcome", welcome);
    Mocks.register("membershipSendDecline", decline);
    Mocks.register("membershipRemindReviewers", reminder);
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
  void offersTheReviewToSupervisorsAndAdminsWithADueDate() {
    ProcessInstance membership = apply();

    assertThat(membership).isStarted().hasBusinessKey(applicationId).isWaitingAtExactly(Membership.TASK_REVIEW);
    assertThat(task(membership)).hasCandidateGroup("SUPERVISOR").hasCandidateGroup("ADMIN").isNotAssigned();
    assertThat(task(membership).getDueDate()).isInTheFuture();
    assertThat(taskService().getIdentityLinksForTask(task(membership).getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactlyInAnyOrderElementsOf(Membership.REVIEWER_GROUPS);
  }

  @Test
  void anApprovedApplicationGetsTheWelcomeMail() {
    ProcessInstance membership = apply();

    complete(task(membership), withVariables(Membership.VAR_APPROVED, true));

    assertThat(membership)
        .hasPassedInOrder(Membership.START_EVENT, Membership.TASK_REVIEW, Membership.GATEWAY_APPROVED,
            Membership.TASK_SEND_WELCOME, Membership.END_WELCOMED)
        .hasNotPassed(Membership.TASK_SEND_DECLINE)
        .isEnded();
    assertThat(welcome.applicationIds).containsExactly(applicationId);
    assertThat(decline.applicationIds).isEmpty();
  }

  @Test
  void aDeclinedApplicationGetsTheDeclineMail() {
    ProcessInstance membership = apply();

    complete(task(membership), withVariables(Membership.VAR_APPROVED, false));

    assertThat(membership)
        .hasPassedInOrder(Membership.START_EVENT, Membership.TASK_REVIEW, Membership.GATEWAY_APPROVED,
            Membership.TASK_SEND_DECLINE, Membership.END_DECLINED)
        .hasNotPassed(Membership.TASK_SEND_WELCOME)
        .isEnded();
    assertThat(decline.applicationIds).containsExactly(applicationId);
    assertThat(welcome.applicationIds).isEmpty();
  }

  @Test
  void remindsTheReviewersOnceAfterThreeDaysAndKeepsTheReviewOpen() {
    ProcessInstance membership = apply();
    assertThat(membership).isWaitingAt(Membership.TASK_REVIEW);
    assertThat(job(Membership.TIMER_REMINDER, membership)).isNotNull();

    execute(job(Membership.TIMER_REMINDER, membership));

    assertThat(reminder.applicationIds).containsExactly(applicationId);
    assertThat(membership)
        .hasPassed(Membership.TIMER_REMINDER, Membership.TASK_REMIND, Membership.END_REMINDED)
        .isWaitingAtExactly(Membership.TASK_REVIEW);

    complete(task(membership), withVariables(Membership.VAR_APPROVED, true));

    assertThat(membership).hasPassed(Membership.END_WELCOMED).isEnded();
    assertThat(welcome.applicationIds).containsExactly(applicationId);
    assertThat(reminder.applicationIds).as("no second reminder").hasSize(1);
  }

  @Test
  void aDecisionBeforeThreeDaysCancelsTheReminder() {
    ProcessInstance membership = apply();

    complete(task(membership), withVariables(Membership.VAR_APPROVED, false));

    assertThat(membership).isEnded();
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(membership.getId()).count()).isZero();
    assertThat(extension.getProcessEngine().getManagementService().createJobQuery()
        .processInstanceId(membership.getId()).count()).isZero();
    assertThat(reminder.applicationIds).isEmpty();
  }

  @Test
  void holdsOnlyTheApplicationIdAndTheDecisionAsVariables() {
    ProcessInstance membership = apply();
    complete(task(membership), withVariables(Membership.VAR_APPROVED, true));

    assertThat(extension.getProcessEngine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(membership.getId()).list())
        .extracting(v -> v.getName())
        .containsExactlyInAnyOrder(Membership.VAR_APPLICATION_ID, Membership.VAR_APPROVED);
  }

  private ProcessInstance apply() {
    return runtimeService().startProcessInstanceByKey(Membership.PROCESS_KEY, applicationId,
        withVariables(Membership.VAR_APPLICATION_ID, applicationId));
  }

  private static ProcessEngine inMemoryEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    String name = "membership-test-" + UUID.randomUUID();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    return configuration.buildProcessEngine();
  }

  /** Stands in for a mail delegate: remembers the application ids it was called for. */
  private static final class RecordingMails implements JavaDelegate {
    final List<String> applicationIds = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
      applicationIds.add((String) execution.getVariable(Membership.VAR_APPLICATION_ID));
    }
  }
}
