package org.redheart.meetings.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * One test per path through {@code ActionPlanProcess}: closed before it was due; reminded, then
 * closed; reminded every week; closed between a reminder's timer and the reminder. The timer bean and
 * the reminder delegate are replaced by the doubles below.
 */
@Deployment(resources = ActionPlanFlow.BPMN_RESOURCE)
class ActionPlanProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  private final String planId = UUID.randomUUID().toString();
  private final FakeTimers timers = new FakeTimers();
  private final CountingReminder reminder = new CountingReminder();

  @BeforeEach
  void replaceTheBeansWithDoubles() {
    BpmnAwareTests.init(extension.getProcessEngine());
    Mocks.register("actionPlanTimers", timers);
    Mocks.register("actionPlanRemindOwner", reminder);
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
  void waitsForTheDueDateOrTheClosureWithThePlanIdAsItsOnlyVariable() {
    ProcessInstance plan = start();

    assertThat(plan).isStarted().hasBusinessKey(planId)
        .isWaitingAt(ActionPlanFlow.GATEWAY_CLOSED_OR_DUE)
        .variables().containsOnlyKeys(ActionPlanFlow.VAR_PLAN_ID);
    assertThat(job(plan).getDuedate()).isEqualTo(Date.from(timers.due));
  }

  @Test
  void endsWithoutAReminderWhenClosedBeforeItIsDue() {
    ProcessInstance plan = start();

    close();

    assertThat(plan).hasPassed(ActionPlanFlow.CATCH_CLOSED, ActionPlanFlow.END_EVENT).isEnded();
    assertThat(reminder.planIds).isEmpty();
  }

  @Test
  void remindsTheOwnerWhenDueThenEndsWhenClosed() {
    ProcessInstance plan = start();

    execute(job(plan));

    assertThat(reminder.planIds).containsExactly(planId);
    assertThat(plan).hasPassed(ActionPlanFlow.TIMER_REMINDER, ActionPlanFlow.TASK_REMIND_OWNER, ActionPlanFlow.GATEWAY_STILL_OPEN)
        .isWaitingAt(ActionPlanFlow.GATEWAY_CLOSED_OR_DUE);

    close();

    assertThat(plan).hasPassed(ActionPlanFlow.END_EVENT).isEnded();
    assertThat(reminder.planIds).hasSize(1);
  }

  @Test
  void remindsAgainEveryWeekUntilClosed() {
    ProcessInstance plan = start();
    Instant first = timers.due;

    execute(job(plan));
    assertThat(job(plan).getDuedate()).isEqualTo(Date.from(first.plus(Duration.ofDays(7))));
    execute(job(plan));
    assertThat(job(plan).getDuedate()).isEqualTo(Date.from(first.plus(Duration.ofDays(14))));

    assertThat(reminder.planIds).containsExactly(planId, planId);
    close();
    assertThat(plan).isEnded();
  }

  @Test
  void endsAfterAReminderWhenThePlanWasClosedMeanwhile() {
    ProcessInstance plan = start();
    timers.open = false;

    execute(job(plan));

    assertThat(plan).hasPassed(ActionPlanFlow.TASK_REMIND_OWNER, ActionPlanFlow.GATEWAY_STILL_OPEN, ActionPlanFlow.END_EVENT)
        .isEnded();
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(ActionPlanFlow.PROCESS_KEY, planId,
        Variables.createVariables().putValue(ActionPlanFlow.VAR_PLAN_ID, planId));
  }

  private void close() {
    runtimeService().createMessageCorrelation(ActionPlanFlow.MESSAGE_CLOSED).processInstanceBusinessKey(planId)
        .correlateAllWithResult();
  }

  private static ProcessEngine inMemoryEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    String name = "action-plan-test-" + UUID.randomUUID();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    return configuration.buildProcessEngine();
  }

  /** Stands in for {@link ActionPlanTimers}: the due date in a month, then weekly after each reminder. */
  public static final class FakeTimers {
    Instant due = Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    boolean open = true;
    final List<String> asked = new ArrayList<>();

    public Date nextReminder(String planId) {
      asked.add(planId);
      return Date.from(due);
    }

    public boolean isOpen(String planId) {
      return open;
    }

    void reminded() {
      due = due.plus(Duration.ofDays(7));
    }
  }

  /** Stands in for {@link RemindActionOwnerDelegate}. */
  private final class CountingReminder implements JavaDelegate {
    final List<String> planIds = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
      planIds.add((String) execution.getVariable(ActionPlanFlow.VAR_PLAN_ID));
      timers.reminded();
    }
  }
}
