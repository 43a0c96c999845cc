package org.redheart.meetings.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.redheart.meetings.api.Step;

/**
 * One test per path through {@code MeetingLifecycleProcess}. The listeners the BPMN names are
 * replaced by the recording doubles below, so the test needs neither CDI nor a database of meetings.
 */
@Deployment(resources = MeetingLifecycle.BPMN_RESOURCE)
class MeetingLifecycleProcessTest {

  /** The engine is built in code: camunda.cfg.xml would need spring-beans, which the build excludes. */
  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  private static final String ORGANISER = "organiser-1";

  private final String meetingId = "meeting-" + UUID.randomUUID();
  private final RecordingStepOpenedListener stepOpened = new RecordingStepOpenedListener();
  private final CountingLifecycleEndedListener lifecycleEnded = new CountingLifecycleEndedListener();

  @BeforeEach
  void replaceTheListenersWithDoubles() {
    BpmnAwareTests.init(extension.getProcessEngine());
    Mocks.register("meetingStepOpened", stepOpened);
    Mocks.register("meetingLifecycleEnded", lifecycleEnded);
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
  void startsWithTheConceptNoteForTheOrganiser() {
    ProcessInstance lifecycle = startLifecycle();

    assertThat(lifecycle)
        .isStarted()
        .hasBusinessKey(meetingId)
        .hasPassed(MeetingLifecycle.START_EVENT)
        .isWaitingAtExactly(Step.WRITE_CONCEPT_NOTE.taskKey());
    assertThat(task(lifecycle)).isAssignedTo(ORGANISER);
  }

  @Test
  void walksThroughAllElevenStepsToTheEndWhenEverythingIsApproved() {
    ProcessInstance lifecycle = startLifecycle();

    for (Step step : Step.values()) {
      assertThat(lifecycle).isWaitingAtExactly(step.taskKey());
      finish(lifecycle, step, true);
    }

    assertThat(lifecycle)
        .hasPassedInOrder(
            MeetingLifecycle.START_EVENT,
            Step.WRITE_CONCEPT_NOTE.taskKey(),
            Step.APPROVE_CONCEPT_NOTE.taskKey(),
            MeetingLifecycle.GATEWAY_CONCEPT_NOTE_APPROVED,
            Step.INVITE_SPEAKERS.taskKey(),
            Step.PREPARE_LOGISTICS.taskKey(),
            Step.RECORD_ATTENDANCE.taskKey(),
            Step.ASSIGN_BREAKOUT_GROUPS.taskKey(),
            Step.RECORD_FINDINGS.taskKey(),
            Step.WRITE_REPORT.taskKey(),
            Step.REVIEW_REPORT.taskKey(),
            MeetingLifecycle.GATEWAY_REPORT_APPROVED,
            Step.DRAFT_SOCIAL_POST.taskKey(),
            Step.APPROVE_SOCIAL_POST.taskKey(),
            MeetingLifecycle.GATEWAY_POST_APPROVED,
            MeetingLifecycle.END_EVENT)
        .isEnded();
  }

  @Test
  void sendsTheConceptNoteBackToItsWriterWhenChangesAreRequested() {
    ProcessInstance lifecycle = startLifecycle();
    finish(lifecycle, Step.WRITE_CONCEPT_NOTE, true);

    finish(lifecycle, Step.APPROVE_CONCEPT_NOTE, false);

    assertThat(lifecycle)
        .hasPassed(MeetingLifecycle.GATEWAY_CONCEPT_NOTE_APPROVED)
        .hasNotPassed(Step.INVITE_SPEAKERS.taskKey())
        .isWaitingAtExactly(Step.WRITE_CONCEPT_NOTE.taskKey());

    finish(lifecycle, Step.WRITE_CONCEPT_NOTE, true);
    finish(lifecycle, Step.APPROVE_CONCEPT_NOTE, true);

    assertThat(lifecycle).isWaitingAtExactly(Step.INVITE_SPEAKERS.taskKey());
  }

  @Test
  void sendsTheReportBackToItsWriterWhenChangesAreRequested() {
    ProcessInstance lifecycle = startLifecycle();
    walkTo(lifecycle, Step.REVIEW_REPORT);

    finish(lifecycle, Step.REVIEW_REPORT, false);

    assertThat(lifecycle)
        .hasPassed(MeetingLifecycle.GATEWAY_REPORT_APPROVED)
        .hasNotPassed(Step.DRAFT_SOCIAL_POST.taskKey())
        .isWaitingAtExactly(Step.WRITE_REPORT.taskKey());

    finish(lifecycle, Step.WRITE_REPORT, true);
    finish(lifecycle, Step.REVIEW_REPORT, true);

    assertThat(lifecycle).isWaitingAtExactly(Step.DRAFT_SOCIAL_POST.taskKey());
  }

  @Test
  void sendsThePostBackToItsDrafterWhenChangesAreRequested() {
    ProcessInstance lifecycle = startLifecycle();
    walkTo(lifecycle, Step.APPROVE_SOCIAL_POST);

    finish(lifecycle, Step.APPROVE_SOCIAL_POST, false);

    assertThat(lifecycle)
        .hasPassed(MeetingLifecycle.GATEWAY_POST_APPROVED)
        .hasNotPassed(MeetingLifecycle.END_EVENT)
        .isWaitingAtExactly(Step.DRAFT_SOCIAL_POST.taskKey());

    finish(lifecycle, Step.DRAFT_SOCIAL_POST, true);
    finish(lifecycle, Step.APPROVE_SOCIAL_POST, true);

    assertThat(lifecycle).hasPassed(MeetingLifecycle.END_EVENT).isEnded();
  }

  @Test
  void tellsTheListenerAboutEveryStepItOpens() {
    ProcessInstance lifecycle = startLifecycle();
    walkTo(lifecycle, Step.APPROVE_CONCEPT_NOTE);
    finish(lifecycle, Step.APPROVE_CONCEPT_NOTE, false);

    walkTo(lifecycle, null);

    List<String> expected = new ArrayList<>();
    expected.add(Step.WRITE_CONCEPT_NOTE.taskKey());
    expected.add(Step.APPROVE_CONCEPT_NOTE.taskKey());
    Arrays.stream(Step.values()).map(Step::taskKey).forEach(expected::add);
    assertThat(stepOpened.openedTaskKeys).containsExactlyElementsOf(expected);
    assertThat(stepOpened.meetingIds).containsOnly(meetingId);
  }

  @Test
  void tellsTheEndListenerOnceWhenTheLifecycleEnds() {
    ProcessInstance lifecycle = startLifecycle();
    walkTo(lifecycle, Step.APPROVE_SOCIAL_POST);
    finish(lifecycle, Step.APPROVE_SOCIAL_POST, false);

    assertThat(lifecycleEnded.meetingIds).isEmpty();

    walkTo(lifecycle, null);

    assertThat(lifecycle).isEnded();
    assertThat(lifecycleEnded.meetingIds).containsExactly(meetingId);
  }

  private ProcessInstance startLifecycle() {
    return runtimeService()
        .startProcessInstanceByKey(
            MeetingLifecycle.PROCESS_KEY,
            meetingId,
            withVariables(MeetingLifecycle.VAR_MEETING_ID, meetingId, MeetingLifecycle.VAR_ORGANISER_ID, ORGANISER));
  }

  /** Completes the waiting step; an approval step with the given decision, any other step as done. */
  private static void finish(ProcessInstance lifecycle, Step step, boolean approved) {
    assertThat(lifecycle).isWaitingAtExactly(step.taskKey());
    if (step.approval()) {
      complete(task(lifecycle), withVariables(MeetingLifecycle.VAR_APPROVED, approved));
    } else {
      complete(task(lifecycle));
    }
  }

  /** Completes and approves every step until {@code target} is open, or to the end when it is null. */
  private static void walkTo(ProcessInstance lifecycle, Step target) {
    for (int guard = 0; guard < 3 * Step.values().length; guard++) {
      if (task(lifecycle) == null) {
        assertThat(target).as("the lifecycle ended before " + target).isNull();
        return;
      }
      Step open = Step.byTaskKey(task(lifecycle).getTaskDefinitionKey()).orElseThrow();
      if (open == target) {
        return;
      }
      finish(lifecycle, open, true);
    }
    throw new AssertionError("the lifecycle never reached " + target);
  }

  private static ProcessEngine inMemoryEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    String name = "meeting-lifecycle-test-" + UUID.randomUUID();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    return configuration.buildProcessEngine();
  }

  /** Stands in for {@link MeetingStepOpenedListener}: remembers each step and gives it to the organiser. */
  private static final class RecordingStepOpenedListener implements TaskListener {
    final List<String> openedTaskKeys = new ArrayList<>();
    final List<String> meetingIds = new ArrayList<>();

    @Override
    public void notify(DelegateTask task) {
      openedTaskKeys.add(task.getTaskDefinitionKey());
      meetingIds.add((String) task.getVariable(MeetingLifecycle.VAR_MEETING_ID));
      task.setAssignee((String) task.getVariable(MeetingLifecycle.VAR_ORGANISER_ID));
    }
  }

  /** Stands in for {@link MeetingLifecycleEndedListener}. */
  private static final class CountingLifecycleEndedListener implements ExecutionListener {
    final List<String> meetingIds = new ArrayList<>();

    @Override
    public void notify(DelegateExecution execution) {
      meetingIds.add((String) execution.getVariable(MeetingLifecycle.VAR_MEETING_ID));
    }
  }
}
