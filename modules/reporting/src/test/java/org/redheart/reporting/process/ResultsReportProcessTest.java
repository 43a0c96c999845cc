package org.redheart.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ResultsReportProcess} through the engine adapter the service uses: submitting offers the review
 * task to the eligible supervisors only; reviewing closes it; submitting again replaces the open one.
 */
@Deployment(resources = ResultsReportProcess.BPMN_RESOURCE)
class ResultsReportProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  private final String reportId = "report-" + UUID.randomUUID();

  private List<String> reviewers = List.of();

  @org.junit.jupiter.api.BeforeEach
  void wireTheListener() {
    org.camunda.bpm.engine.test.mock.Mocks.register("reportingReviewOpened", new ReviewOpenedListener(id -> reviewers));
  }

  @org.junit.jupiter.api.AfterEach
  void unwire() {
    org.camunda.bpm.engine.test.mock.Mocks.reset();
  }

  private CamundaReviewEngine engine() {
    return new CamundaReviewEngine(extension.getProcessEngine());
  }

  private long openFor(String userId) {
    return extension.getProcessEngine().getTaskService().createTaskQuery().taskCandidateUser(userId)
        .processInstanceBusinessKey(reportId).taskDefinitionKey(ResultsReportProcess.TASK_REVIEW).count();
  }

  @Test
  void theReviewTaskIsOfferedToTheEligibleSupervisorsOnly() {
    reviewers = List.of("supervisor-b", "supervisor-c");
    engine().submitted(reportId);

    assertThat(openFor("supervisor-b")).isEqualTo(1);
    assertThat(openFor("supervisor-c")).isEqualTo(1);
    assertThat(openFor("supervisor-a")).isZero();
  }

  @Test
  void reviewingTheReportClosesItsTask() {
    reviewers = List.of("supervisor-b");
    engine().submitted(reportId);

    engine().reviewed(reportId);

    assertThat(openFor("supervisor-b")).isZero();
    assertThat(extension.getProcessEngine().getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reportId).count()).isZero();
  }

  @Test
  void submittingAgainAfterChangesOpensOneTaskOnly() {
    reviewers = List.of("supervisor-b");
    engine().submitted(reportId);
    engine().reviewed(reportId);
    engine().submitted(reportId);
    engine().submitted(reportId);

    assertThat(openFor("supervisor-b")).isEqualTo(1);
  }

  static ProcessEngine inMemoryEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    String name = "results-report-test-" + UUID.randomUUID();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new org.camunda.bpm.engine.test.mock.MockExpressionManager());
    return configuration.buildProcessEngine();
  }
}
