package org.redheart.meetings.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.redheart.meetings.process.SpeakerInvitationProcessTest.registerDoubles;
import static org.redheart.meetings.process.SpeakerInvitationProcessTest.timer;
import static org.redheart.meetings.process.SpeakerInvitationProcessTest.timers;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An answer and the reminder timer at the same moment, on one engine (an H2 database shared by two
 * threads): the reminder job runs in one thread while the answer is correlated in another, both
 * transactions open at once (a latch inside a double holds one of them). Exactly one wins; the loser
 * (the job, or the correlation through the adapter's retry) is retried, and the answer is never lost.
 */
@Deployment(resources = InvitationFlow.SPEAKER_BPMN_RESOURCE)
class SpeakerInvitationRaceProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(SpeakerInvitationProcessTest.inMemoryEngine("invitation-race-test-")).build();

  private final String invitationId = UUID.randomUUID().toString();
  private final FakeInvitationSteps steps = new FakeInvitationSteps();
  private final ExecutorService otherThread = Executors.newSingleThreadExecutor();
  private final ExecutorService thirdThread = Executors.newSingleThreadExecutor();
  private ProcessEngine engine;
  private CamundaInvitationEngine adapter;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    registerDoubles(steps);
    adapter = new CamundaInvitationEngine(engine, steps, millis -> Thread.sleep(millis));
  }

  @AfterEach
  void tearDown() {
    otherThread.shutdownNow();
    thirdThread.shutdownNow();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @AfterAll
  static void closeTheEngine() {
    extension.getProcessEngine().close();
  }

  @Test
  void theAnswerCommitsWhileTheReminderJobIsRunningAndTheJobLoses() throws Exception {
    ProcessInstance invitation = start();
    Job reminder = timer(invitation, InvitationFlow.REMINDER_DUE);
    CountDownLatch inReminder = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    steps.hooks.put("reminder", () -> {
      steps.hooks.remove("reminder");
      inReminder.countDown();
      await(release);
    });

    Future<Throwable> job = otherThread.submit(() -> executeJob(reminder.getId()));
    assertThat(inReminder.await(10, TimeUnit.SECONDS)).isTrue();
    steps.answer = InvitationFlow.ACCEPTED;
    Future<Boolean> answered = thirdThread.submit(() -> {
      registerDoubles(steps);
      try {
        return adapter.answered(invitationId);
      } finally {
        Mocks.reset();
      }
    });
    Boolean taken = answered.get(5, TimeUnit.SECONDS); // commits while the job's transaction is still open
    release.countDown();
    Throwable jobFailure = job.get(10, TimeUnit.SECONDS);

    assertThat(taken).isTrue();
    assertThat(jobFailure).as("the job lost the race").isNotNull();
    assertThat(ConflictRetry.isConflict(jobFailure)).as("lost on optimistic locking: " + jobFailure).isTrue();
    retryLeftOverJobs(invitation);
    assertAnsweredOnce(invitation);
    assertThat(steps.calls).contains("reminder " + invitationId);
    assertThat(steps.sent("reminder")).as("the rolled-back reminder was not sent").isEmpty();
  }

  @Test
  void theReminderJobCommitsWhileTheAnswerIsBeingCorrelatedAndTheCorrelationIsRetried() throws Exception {
    ProcessInstance invitation = start();
    Job reminder = timer(invitation, InvitationFlow.REMINDER_DUE);
    CountDownLatch inConfirmation = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    steps.hooks.put("confirmation", () -> {
      steps.hooks.remove("confirmation");
      inConfirmation.countDown();
      await(release);
    });
    steps.answer = InvitationFlow.ACCEPTED;

    Future<Boolean> answered = otherThread.submit(() -> {
      registerDoubles(steps);
      try {
        return adapter.answered(invitationId);
      } finally {
        Mocks.reset();
      }
    });
    assertThat(inConfirmation.await(10, TimeUnit.SECONDS)).isTrue();
    Throwable jobFailure = thirdThread.submit(() -> executeJob(reminder.getId())).get(5, TimeUnit.SECONDS);
    release.countDown();

    assertThat(jobFailure).as("the job won the race").isNull();
    assertThat(answered.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(steps.calls.stream().filter(c -> c.startsWith("confirmation ")).count())
        .as("the correlation lost once and was tried again").isEqualTo(2);
    assertAnsweredOnce(invitation);
    assertThat(steps.sent("reminder")).containsExactly("reminder " + invitationId);
  }

  private void assertAnsweredOnce(ProcessInstance invitation) {
    assertThat(invitation).hasPassed(InvitationFlow.SEND_CONFIRMATION)
        .isWaitingAt(InvitationFlow.RECEIVE_CHANGE_AFTER_ACCEPT, InvitationFlow.TIMER_DAY_BEFORE);
    assertThat(steps.sent("confirmation")).containsExactly("confirmation " + invitationId);
    assertThat(steps.told).containsExactly(invitationId);
    assertThat(timers(invitation, InvitationFlow.REMINDER_DUE)).isEmpty();
    assertThat(timers(invitation, InvitationFlow.FOLLOW_UP_DUE)).isEmpty();
  }

  /** What the job executor does with a job that failed on a conflict: runs it again if it still exists. */
  private void retryLeftOverJobs(ProcessInstance invitation) {
    List<Job> left = engine.getManagementService().createJobQuery().processInstanceId(invitation.getId())
        .activityId(InvitationFlow.REMINDER_DUE).list();
    for (Job job : left) {
      assertThat(executeJob(job.getId())).isNull();
    }
  }

  private ProcessInstance start() {
    adapter.startSpeaker(invitationId);
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(invitationId, InvitationFlow.SPEAKER_PROCESS_KEY).singleResult();
  }

  private Throwable executeJob(String jobId) {
    registerDoubles(steps);
    try {
      engine.getManagementService().executeJob(jobId);
      return null;
    } catch (Throwable t) {
      return t;
    } finally {
      Mocks.reset();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
