package org.redheart.meetings.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.DueDate;
import org.redheart.meetings.domain.DueDates;
import org.redheart.meetings.domain.StepDeadlines;

/**
 * One test per path through {@code MeetingLifecycleProcess} (version 3): approved first time, the post
 * handed over and the lifecycle closed when it is published; changes requested then approved; short
 * notice; a late step reminded; rescheduling moves timers and due dates; cancellation ends
 * everything; instances of versions 1 and 2 migrate (those at an old post step restart at the
 * hand-over with their text) and complete. The CDI beans the
 * BPMN names are replaced by the recording doubles below, so the test needs neither CDI nor the
 * meetings' tables.
 */
@Deployment(resources = MeetingLifecycle.BPMN_RESOURCE)
class MeetingLifecycleProcessTest {

  /** The engine is built in code: camunda.cfg.xml would need spring-beans, which the build excludes. */
  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  static final String V1_RESOURCE = "bpmn/meetings/meeting-lifecycle-v1.bpmn";
  static final String V2_RESOURCE = "bpmn/meetings/meeting-lifecycle-v2.bpmn";
  /** The steps that are forms (user tasks); the post's hand-over is a receive task. */
  static final List<Step> FORMS = Arrays.stream(Step.values()).filter(s -> !s.handOver()).toList();
  private static final String ORGANISER = "organiser-1";
  private static final String SUPERVISOR = "supervisor-1";

  private final String meetingId = "meeting-" + UUID.randomUUID();
  private final RecordingStepListener stepOpened = new RecordingStepListener(true);
  private final RecordingStepListener stepCompleted = new RecordingStepListener(false);
  private final RecordingDelegate lifecycleEnded = new RecordingDelegate();
  private final RecordingDelegate overdue = new RecordingDelegate();
  private final RecordingDelegate oneDayToGo = new RecordingDelegate();
  private final DueDouble due = new DueDouble();
  private final RecordingHandOver handOver = new RecordingHandOver();
  private final RecordingWait waitOpened = new RecordingWait();
  private final RecordingWait waitCompleted = new RecordingWait();

  @BeforeEach
  void replaceTheBeansWithDoubles() {
    BpmnAwareTests.init(extension.getProcessEngine());
    Mocks.register("meetingStepOpened", stepOpened);
    Mocks.register("meetingStepCompleted", stepCompleted);
    Mocks.register("meetingLifecycleEnded", (org.camunda.bpm.engine.delegate.ExecutionListener) lifecycleEnded::execute);
    Mocks.register("meetingStepOverdue", overdue);
    Mocks.register("meetingOneDayToGo", oneDayToGo);
    Mocks.register("meetingDue", due);
    Mocks.register("meetingPostHandOver", handOver);
    Mocks.register("meetingWaitOpened", waitOpened);
    Mocks.register("meetingWaitCompleted", waitCompleted);
  }

  @AfterEach
  void forgetTheDoubles() {
    Mocks.reset();
    BpmnAwareTests.reset();
    ClockUtil.reset();
  }

  @AfterAll
  static void closeTheEngine() {
    extension.getProcessEngine().close();
  }

  @Test
  void startsWithTheConceptNoteForTheOrganiserWithItsTimers() {
    ProcessInstance lifecycle = startLifecycle();

    assertThat(lifecycle)
        .isStarted()
        .hasBusinessKey(meetingId)
        .hasPassed(MeetingLifecycle.START_EVENT)
        .isWaitingAtExactly(Step.WRITE_CONCEPT_NOTE.taskKey());
    assertThat(task(lifecycle)).isAssignedTo(ORGANISER);
    assertThat(timer(lifecycle, MeetingLifecycle.overdueTimer(Step.WRITE_CONCEPT_NOTE.taskKey())).getDuedate())
        .isEqualTo(due.of(meetingId, Step.WRITE_CONCEPT_NOTE.taskKey()));
    assertThat(timer(lifecycle, MeetingLifecycle.ONE_DAY_TO_GO_START).getDuedate()).isEqualTo(due.oneDayToGo(meetingId));
  }

  @Test
  void approvedFirstTimeWalksThroughEveryStepToTheEnd() {
    ProcessInstance lifecycle = startLifecycle();

    for (Step step : FORMS) {
      assertThat(lifecycle).isWaitingAtExactly(step.taskKey());
      finish(lifecycle, step.taskKey(), true);
    }
    assertThat(lifecycle).hasPassed(MeetingLifecycle.HAND_OVER_POST).isWaitingAtExactly(MeetingLifecycle.PUBLISH_SOCIAL_POST);
    assertThat(handOver.meetingIds).containsExactly(meetingId);
    assertThat(handOver.texts).containsExactly((String) null);
    assertThat(timer(lifecycle, MeetingLifecycle.overdueTimer(MeetingLifecycle.PUBLISH_SOCIAL_POST))).isNotNull();
    assertThat(lifecycleEnded.meetingIds).isEmpty();

    assertThat(new CamundaLifecycleEngine(extension.getProcessEngine()).postPublished(meetingId)).isTrue();

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
            MeetingLifecycle.HAND_OVER_POST,
            MeetingLifecycle.PUBLISH_SOCIAL_POST,
            MeetingLifecycle.END_EVENT)
        .isEnded();
    List<String> every = FORMS.stream().map(Step::taskKey).toList();
    assertThat(stepOpened.taskKeys).containsExactlyElementsOf(every);
    assertThat(stepCompleted.taskKeys).containsExactlyElementsOf(every);
    assertThat(waitOpened.activityIds).containsExactly(Step.PUBLISH_SOCIAL_POST.taskKey());
    assertThat(waitCompleted.activityIds).containsExactly(Step.PUBLISH_SOCIAL_POST.taskKey());
    assertThat(lifecycleEnded.meetingIds).containsExactly(meetingId);
    assertThat(overdue.meetingIds).isEmpty();
    assertThat(managementService().createJobQuery().processInstanceId(lifecycle.getId()).count()).isZero();
  }

  @Test
  void hearingThatThePostWasPublishedTwiceOrTooEarlyChangesNothing() {
    ProcessInstance lifecycle = startLifecycle();
    CamundaLifecycleEngine engine = new CamundaLifecycleEngine(extension.getProcessEngine());

    assertThat(engine.postPublished(meetingId)).isFalse();
    assertThat(lifecycle).isWaitingAtExactly(Step.WRITE_CONCEPT_NOTE.taskKey());

    walkTo(lifecycle, MeetingLifecycle.PUBLISH_SOCIAL_POST);
    assertThat(engine.postPublished(meetingId)).isTrue();
    assertThat(engine.postPublished(meetingId)).isFalse();
    assertThat(lifecycle).isEnded();
    assertThat(lifecycleEnded.meetingIds).containsExactly(meetingId);
  }

  @Test
  void aPostNotPublishedByItsDueDateIsRemindedAndStillAwaited() {
    due.dates.put(MeetingLifecycle.PUBLISH_SOCIAL_POST, Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
    ProcessInstance lifecycle = startLifecycle();
    walkTo(lifecycle, MeetingLifecycle.PUBLISH_SOCIAL_POST);

    executeDueJobs(lifecycle);

    assertThat(overdue.meetingIds).containsExactly(meetingId);
    assertThat(lifecycle).isWaitingAtExactly(MeetingLifecycle.PUBLISH_SOCIAL_POST);
  }

  @Test
  void changesRequestedThenApprovedSendsTheWorkBackToItsWriter() {
    ProcessInstance lifecycle = startLifecycle();
    finish(lifecycle, Step.WRITE_CONCEPT_NOTE.taskKey(), true);

    finish(lifecycle, Step.APPROVE_CONCEPT_NOTE.taskKey(), false);

    assertThat(lifecycle)
        .hasPassed(MeetingLifecycle.GATEWAY_CONCEPT_NOTE_APPROVED)
        .hasNotPassed(Step.INVITE_SPEAKERS.taskKey())
        .isWaitingAtExactly(Step.WRITE_CONCEPT_NOTE.taskKey());
    assertThat(task(lifecycle)).isAssignedTo(ORGANISER);

    finish(lifecycle, Step.WRITE_CONCEPT_NOTE.taskKey(), true);
    finish(lifecycle, Step.APPROVE_CONCEPT_NOTE.taskKey(), true);
    assertThat(lifecycle).isWaitingAtExactly(Step.INVITE_SPEAKERS.taskKey());

    walkTo(lifecycle, Step.REVIEW_REPORT.taskKey());
    finish(lifecycle, Step.REVIEW_REPORT.taskKey(), false);
    assertThat(lifecycle).isWaitingAtExactly(Step.WRITE_REPORT.taskKey());
    finish(lifecycle, Step.WRITE_REPORT.taskKey(), true);
    finish(lifecycle, Step.REVIEW_REPORT.taskKey(), true);
    assertThat(lifecycle).isWaitingAtExactly(Step.PUBLISH_SOCIAL_POST.taskKey());

    walkTo(lifecycle, null);
    assertThat(lifecycle).isEnded();
    assertThat(stepOpened.taskKeys.stream().filter(Step.WRITE_CONCEPT_NOTE.taskKey()::equals)).hasSize(2);
    assertThat(stepOpened.taskKeys.stream().filter(Step.WRITE_REPORT.taskKey()::equals)).hasSize(2);
    assertThat(lifecycleEnded.meetingIds).containsExactly(meetingId);
  }

  @Test
  void shortNoticeStepsOfAMeetingTwoWeeksAheadAreNotRemindedAsLate() {
    Instant now = Instant.parse("2026-03-02T06:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 16, 10, 0, 0, 0, ZoneId.of("Asia/Dhaka"));
    Map<Step, DueDate> planned = new DueDates(StepDeadlines.defaults()).forNewMeeting(start, now);
    planned.forEach((step, d) -> due.dates.put(step.taskKey(), Date.from(d.dueAt())));

    ProcessInstance lifecycle = startLifecycle();

    assertThat(planned.get(Step.WRITE_CONCEPT_NOTE).shortNotice()).isTrue();
    Date conceptNoteDue = timer(lifecycle, MeetingLifecycle.overdueTimer(Step.WRITE_CONCEPT_NOTE.taskKey())).getDuedate();
    assertThat(conceptNoteDue).isEqualTo(Date.from(planned.get(Step.WRITE_CONCEPT_NOTE).dueAt())).isAfter(Date.from(now));
    assertThat(managementService().createJobQuery().processInstanceId(lifecycle.getId()).executable().count()).isZero();

    ClockUtil.setCurrentTime(Date.from(planned.get(Step.WRITE_CONCEPT_NOTE).dueAt().plusSeconds(60)));
    executeDueJobs(lifecycle);
    assertThat(overdue.meetingIds).containsExactly(meetingId);
  }

  @Test
  void aLateStepIsRemindedAndStaysOpen() {
    due.dates.put(Step.WRITE_CONCEPT_NOTE.taskKey(), Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
    ProcessInstance lifecycle = startLifecycle();

    executeDueJobs(lifecycle);

    assertThat(overdue.meetingIds).containsExactly(meetingId);
    assertThat(lifecycle)
        .hasPassed(MeetingLifecycle.overdueTimer(Step.WRITE_CONCEPT_NOTE.taskKey()), MeetingLifecycle.REMIND_OVERDUE_TASK)
        .isWaitingAtExactly(Step.WRITE_CONCEPT_NOTE.taskKey());
    assertThat(timers(lifecycle, MeetingLifecycle.overdueTimer(Step.WRITE_CONCEPT_NOTE.taskKey()))).isEmpty();

    finish(lifecycle, Step.WRITE_CONCEPT_NOTE.taskKey(), true);
    assertThat(timer(lifecycle, MeetingLifecycle.overdueTimer(Step.APPROVE_CONCEPT_NOTE.taskKey()))).isNotNull();
  }

  @Test
  void theOrganiserIsRemindedTheDayBefore() {
    due.oneDayToGo = Date.from(Instant.now().minusSeconds(60));
    ProcessInstance lifecycle = startLifecycle();

    executeDueJobs(lifecycle);

    assertThat(oneDayToGo.meetingIds).containsExactly(meetingId);
    assertThat(lifecycle).hasPassed(MeetingLifecycle.ONE_DAY_TO_GO_TASK).isWaitingAtExactly(Step.WRITE_CONCEPT_NOTE.taskKey());
  }

  @Test
  void reschedulingMovesTheOpenTasksDueDateAndEveryTimer() {
    ProcessInstance lifecycle = startLifecycle();
    Instant newDue = Instant.parse("2030-05-01T11:00:00Z");
    Instant newOneDayToGo = Instant.parse("2030-05-20T03:00:00Z");

    new CamundaLifecycleEngine(extension.getProcessEngine())
        .reschedule(meetingId, Map.of(Step.WRITE_CONCEPT_NOTE.taskKey(), newDue,
            Step.APPROVE_CONCEPT_NOTE.taskKey(), newDue.plus(Duration.ofDays(3))), newOneDayToGo);

    assertThat(task(lifecycle).getDueDate()).isEqualTo(Date.from(newDue));
    assertThat(timer(lifecycle, MeetingLifecycle.overdueTimer(Step.WRITE_CONCEPT_NOTE.taskKey())).getDuedate())
        .isEqualTo(Date.from(newDue));
    assertThat(timer(lifecycle, MeetingLifecycle.ONE_DAY_TO_GO_START).getDuedate()).isEqualTo(Date.from(newOneDayToGo));
  }

  @Test
  void cancellationEndsTasksAndTimersWithTheReason() {
    ProcessInstance lifecycle = startLifecycle();
    finish(lifecycle, Step.WRITE_CONCEPT_NOTE.taskKey(), true);

    new CamundaLifecycleEngine(extension.getProcessEngine()).cancel(meetingId, "cancelled: the venue flooded");

    assertThat(lifecycle).isEnded();
    assertThat(taskService().createTaskQuery().processInstanceId(lifecycle.getId()).count()).isZero();
    assertThat(managementService().createJobQuery().processInstanceId(lifecycle.getId()).count()).isZero();
    assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(lifecycle.getId()).singleResult()
        .getDeleteReason()).isEqualTo("cancelled: the venue flooded");
    assertThat(lifecycleEnded.meetingIds).isEmpty();
  }

  @Test
  void instancesOfVersion1MigrateAndTheOneAtItsPostApprovalRestartsAtTheHandOver() {
    List<String> deployments = new ArrayList<>();
    try {
      deployments.add(repositoryService().createDeployment().addClasspathResource(V1_RESOURCE).deploy().getId());
      String v1 = latestDefinition();
      ProcessInstance atPost = startOn(v1, "meeting-" + UUID.randomUUID());
      walkTo(atPost, MeetingLifecycle.V1_APPROVE_SOCIAL_POST);
      assertThat(task(atPost)).hasCandidateUser(SUPERVISOR);
      ProcessInstance atStart = startOn(v1, "meeting-" + UUID.randomUUID());
      deployments.add(repositoryService().createDeployment().addClasspathResource(MeetingLifecycle.BPMN_RESOURCE).deploy().getId());
      String v3 = latestDefinition();
      Map<String, String> asked = new HashMap<>();

      List<ProcessInstance> migrated = LifecycleMigration.migrateToLatest(extension.getProcessEngine(), (meeting, task) -> {
        asked.put(meeting, String.valueOf(task));
        return "Our post, written at the old step #SaveFACE4Children";
      });

      assertThat(migrated).extracting(ProcessInstance::getBusinessKey)
          .containsExactlyInAnyOrder(atPost.getBusinessKey(), atStart.getBusinessKey());
      assertThat(migrated).allMatch(p -> instanceOf(p.getBusinessKey()).getProcessDefinitionId().equals(v3));
      ProcessInstance restarted = instanceOf(atPost.getBusinessKey());
      assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(atPost.getId()).count()).isZero();
      assertThat(restarted).hasPassed(MeetingLifecycle.HAND_OVER_POST).isWaitingAtExactly(MeetingLifecycle.PUBLISH_SOCIAL_POST);
      assertThat(asked).containsEntry(atPost.getBusinessKey(), "null");
      assertThat(handOver.meetingIds).containsExactly(atPost.getBusinessKey());
      assertThat(handOver.texts).containsExactly("Our post, written at the old step #SaveFACE4Children");
      assertThat(runtimeService().getVariable(restarted.getId(), MeetingLifecycle.VAR_MIGRATED_POST_TEXT)).isNull();
      assertThat(lifecycleEnded.meetingIds).isEmpty();
      assertThat(timer(atStart, MeetingLifecycle.overdueTimer(Step.WRITE_CONCEPT_NOTE.taskKey()))).isNotNull();

      assertThat(new CamundaLifecycleEngine(extension.getProcessEngine()).postPublished(atPost.getBusinessKey())).isTrue();
      assertThat(restarted).hasPassed(MeetingLifecycle.END_EVENT).isEnded();
      walkTo(atStart, null);
      assertThat(atStart).hasPassed(MeetingLifecycle.PUBLISH_SOCIAL_POST, MeetingLifecycle.END_EVENT).isEnded();
      assertThat(LifecycleMigration.migrateToLatest(extension.getProcessEngine(), (m, t) -> null)).isEmpty();
    } finally {
      deployments.forEach(id -> repositoryService().deleteDeployment(id, true));
    }
  }

  @Test
  void instancesOfVersion2AtTheOldPostStepsAreHandedOverWithTheirTextAndTheOthersMigrate() {
    List<String> deployments = new ArrayList<>();
    try {
      deployments.add(repositoryService().createDeployment().addClasspathResource(V2_RESOURCE).deploy().getId());
      String v2 = latestDefinition();
      ProcessInstance atDraft = startOn(v2, "meeting-" + UUID.randomUUID());
      walkTo(atDraft, MeetingLifecycle.V2_DRAFT_SOCIAL_POST);
      String draftTask = task(atDraft).getId();
      ProcessInstance atMarkHandled = startOn(v2, "meeting-" + UUID.randomUUID());
      walkTo(atMarkHandled, MeetingLifecycle.V2_MARK_POST_HANDLED);
      ProcessInstance atReport = startOn(v2, "meeting-" + UUID.randomUUID());
      walkTo(atReport, Step.WRITE_REPORT.taskKey());
      deployments.add(repositoryService().createDeployment().addClasspathResource(MeetingLifecycle.BPMN_RESOURCE).deploy().getId());
      String v3 = latestDefinition();
      Map<String, String> texts = Map.of(atDraft.getBusinessKey(), "Saved draft of the post",
          atMarkHandled.getBusinessKey(), "Text completed at the draft step");
      Map<String, String> asked = new HashMap<>();

      List<ProcessInstance> migrated = LifecycleMigration.migrateToLatest(extension.getProcessEngine(), (meeting, task) -> {
        asked.put(meeting, String.valueOf(task));
        return texts.get(meeting);
      });

      assertThat(migrated).hasSize(3).allMatch(p -> instanceOf(p.getBusinessKey()).getProcessDefinitionId().equals(v3));
      // the open draft task's saved text is asked for by its task; "mark handled" had none open
      assertThat(asked).containsEntry(atDraft.getBusinessKey(), draftTask)
          .containsEntry(atMarkHandled.getBusinessKey(), "null").doesNotContainKey(atReport.getBusinessKey());
      assertThat(handOver.meetingIds).containsExactlyInAnyOrder(atDraft.getBusinessKey(), atMarkHandled.getBusinessKey());
      assertThat(handOver.texts).containsExactlyInAnyOrder("Saved draft of the post", "Text completed at the draft step");
      assertThat(instanceOf(atDraft.getBusinessKey())).isWaitingAtExactly(MeetingLifecycle.PUBLISH_SOCIAL_POST);
      assertThat(instanceOf(atMarkHandled.getBusinessKey())).isWaitingAtExactly(MeetingLifecycle.PUBLISH_SOCIAL_POST);
      assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(atReport.getId()).singleResult()
          .getProcessDefinitionId()).isEqualTo(v3);
      assertThat(atReport).isWaitingAtExactly(Step.WRITE_REPORT.taskKey());
      assertThat(timer(atReport, MeetingLifecycle.overdueTimer(Step.WRITE_REPORT.taskKey()))).isNotNull();

      walkTo(atReport, null);
      assertThat(atReport).hasPassed(MeetingLifecycle.HAND_OVER_POST, MeetingLifecycle.PUBLISH_SOCIAL_POST,
          MeetingLifecycle.END_EVENT).isEnded();
    } finally {
      deployments.forEach(id -> repositoryService().deleteDeployment(id, true));
    }
  }

  private static String latestDefinition() {
    return repositoryService().createProcessDefinitionQuery().processDefinitionKey(MeetingLifecycle.PROCESS_KEY)
        .latestVersion().singleResult().getId();
  }

  private static ProcessInstance instanceOf(String meeting) {
    return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(meeting).singleResult();
  }

  private ProcessInstance startLifecycle() {
    return runtimeService()
        .startProcessInstanceByKey(
            MeetingLifecycle.PROCESS_KEY,
            meetingId,
            withVariables(MeetingLifecycle.VAR_MEETING_ID, meetingId, MeetingLifecycle.VAR_ORGANISER_ID, ORGANISER));
  }

  private static ProcessInstance startOn(String definitionId, String meeting) {
    return runtimeService().startProcessInstanceById(definitionId, meeting,
        withVariables(MeetingLifecycle.VAR_MEETING_ID, meeting, MeetingLifecycle.VAR_ORGANISER_ID, ORGANISER));
  }

  /** Completes the waiting step; an approval with the given decision (the variable is harmless elsewhere). */
  private static void finish(ProcessInstance lifecycle, String taskKey, boolean approved) {
    assertThat(lifecycle).isWaitingAtExactly(taskKey);
    complete(task(lifecycle), withVariables(MeetingLifecycle.VAR_APPROVED, approved));
  }

  /** Completes and approves every step until {@code target} is open, or to the end when it is null. */
  private static void walkTo(ProcessInstance lifecycle, String target) {
    for (int guard = 0; guard < 40; guard++) {
      Task open = task(lifecycle);
      boolean atHandOver = open == null && runtimeService().createExecutionQuery().processInstanceId(lifecycle.getId())
          .activityId(MeetingLifecycle.PUBLISH_SOCIAL_POST).count() > 0;
      if (atHandOver) {
        if (MeetingLifecycle.PUBLISH_SOCIAL_POST.equals(target)) {
          return;
        }
        new CamundaLifecycleEngine(BpmnAwareTests.processEngine()).postPublished(lifecycle.getBusinessKey());
        continue;
      }
      if (open == null) {
        assertThat(target).as("the lifecycle ended before " + target).isNull();
        return;
      }
      if (open.getTaskDefinitionKey().equals(target)) {
        return;
      }
      finish(lifecycle, open.getTaskDefinitionKey(), true);
    }
    throw new AssertionError("the lifecycle never reached " + target);
  }

  private static void executeDueJobs(ProcessInstance lifecycle) {
    for (Job job : managementService().createJobQuery().processInstanceId(lifecycle.getId()).executable().list()) {
      managementService().executeJob(job.getId());
    }
  }

  private static Job timer(ProcessInstance lifecycle, String activityId) {
    List<Job> timers = timers(lifecycle, activityId);
    assertThat(timers).as("timers of " + activityId).hasSize(1);
    return timers.get(0);
  }

  private static List<Job> timers(ProcessInstance lifecycle, String activityId) {
    return managementService().createJobQuery().processInstanceId(lifecycle.getId()).activityId(activityId).timers().list();
  }

  static ProcessEngine inMemoryEngine() {
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

  /** Stands in for the step listeners: remembers each step; on create, assigns it as the real one would. */
  static final class RecordingStepListener implements TaskListener {
    final List<String> taskKeys = new ArrayList<>();
    private final boolean assigns;

    RecordingStepListener(boolean assigns) {
      this.assigns = assigns;
    }

    @Override
    public void notify(DelegateTask task) {
      taskKeys.add(task.getTaskDefinitionKey());
      if (!assigns) {
        return;
      }
      boolean approval = Step.byTaskKey(task.getTaskDefinitionKey()).map(Step::approval)
          .orElse(MeetingLifecycle.V1_APPROVE_SOCIAL_POST.equals(task.getTaskDefinitionKey()));
      if (approval) {
        task.addCandidateUser(SUPERVISOR);
      } else {
        task.setAssignee((String) task.getVariable(MeetingLifecycle.VAR_ORGANISER_ID));
      }
    }
  }

  /** Stands in for the post's hand-over: remembers the meeting and the migrated text of each call. */
  static final class RecordingHandOver implements JavaDelegate {
    final List<String> meetingIds = new ArrayList<>();
    final List<String> texts = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
      meetingIds.add((String) execution.getVariable(MeetingLifecycle.VAR_MEETING_ID));
      texts.add((String) execution.getVariable(MeetingLifecycle.VAR_MIGRATED_POST_TEXT));
      execution.removeVariable(MeetingLifecycle.VAR_MIGRATED_POST_TEXT);
    }
  }

  /** Stands in for the receive task's listeners: remembers each activity. */
  static final class RecordingWait implements org.camunda.bpm.engine.delegate.ExecutionListener {
    final List<String> activityIds = new ArrayList<>();

    @Override
    public void notify(DelegateExecution execution) {
      activityIds.add(execution.getCurrentActivityId());
    }
  }

  /** Stands in for the delegates and the end listener: remembers the meeting of each call. */
  static final class RecordingDelegate implements JavaDelegate {
    final List<String> meetingIds = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
      meetingIds.add((String) execution.getVariable(MeetingLifecycle.VAR_MEETING_ID));
    }
  }

  /** Stands in for {@link MeetingDueExpressions}: due dates far ahead unless a test sets them. */
  public static final class DueDouble {
    final Map<String, Date> dates = new HashMap<>();
    Date oneDayToGo = Date.from(Instant.parse("2099-01-01T03:00:00Z"));

    public Date of(String meetingId, String taskKey) {
      return dates.getOrDefault(taskKey, Date.from(Instant.parse("2099-01-02T11:00:00Z")));
    }

    public Date oneDayToGo(String meetingId) {
      return oneDayToGo;
    }
  }
}
