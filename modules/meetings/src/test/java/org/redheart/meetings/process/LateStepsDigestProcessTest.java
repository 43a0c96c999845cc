package org.redheart.meetings.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The digest's BPMN: an hourly timer start event runs the digest service, and keeps ticking. */
@Deployment(resources = MeetingLifecycle.DIGEST_BPMN_RESOURCE)
class LateStepsDigestProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(MeetingLifecycleProcessTest.inMemoryEngine()).build();

  private final List<String> ticks = new ArrayList<>();

  @BeforeEach
  void replaceTheDigestService() {
    BpmnAwareTests.init(extension.getProcessEngine());
    Mocks.register("lateStepsDigest", (JavaDelegate) (DelegateExecution e) -> ticks.add(e.getProcessInstanceId()));
  }

  @AfterEach
  void forget() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @AfterAll
  static void closeTheEngine() {
    extension.getProcessEngine().close();
  }

  @Test
  void everyTickRunsTheDigestServiceAndTheTimerStaysForTheNextHour() {
    Job timer = managementService().createJobQuery().timers().activityId("StartEvent_EveryHour").singleResult();
    assertThat(timer).isNotNull();

    managementService().executeJob(timer.getId());

    assertThat(ticks).hasSize(1);
    assertThat(historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(MeetingLifecycle.DIGEST_PROCESS_KEY).finished().count()).isEqualTo(1);
    Job next = managementService().createJobQuery().timers().activityId("StartEvent_EveryHour").singleResult();
    assertThat(next).isNotNull();
    assertThat(next.getId()).isNotEqualTo(timer.getId());
    assertThat(next.getDuedate()).isAfterOrEqualTo(timer.getDuedate());
  }
}
