package org.redheart.meetings.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
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
import org.redheart.meetings.api.InvitationTask;
import org.redheart.meetings.application.InvitationEngine.TaskRef;

/**
 * One test per path through {@code SpeakerInvitationProcess}, driven through the engine adapter
 * ({@link CamundaInvitationEngine}) with the real timer expressions and delegates over a double of the
 * invitations service ({@link FakeInvitationSteps}); timers are fired by executing their jobs.
 */
@Deployment(resources = InvitationFlow.SPEAKER_BPMN_RESOURCE)
class SpeakerInvitationProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine("speaker-invitation-test-")).build();

  private final String invitationId = UUID.randomUUID().toString();
  private final String meetingId = UUID.randomUUID().toString();
  private final FakeInvitationSteps steps = new FakeInvitationSteps();
  private CamundaInvitationEngine adapter;

  @BeforeEach
  void replaceTheServiceWithADouble() {
    BpmnAwareTests.init(extension.getProcessEngine());
    registerDoubles(steps);
    adapter = new CamundaInvitationEngine(extension.getProcessEngine(), steps, millis -> {});
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
  void sendsTheInvitationAndWaitsForTheAnswerWithTheInvitationIdAsItsOnlyVariable() {
    ProcessInstance invitation = start();
    adapter.startSpeaker(invitationId);

    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(invitationId).count()).isEqualTo(1);
    assertThat(invitation).isStarted().hasBusinessKey(invitationId)
        .hasPassed(InvitationFlow.SEND_INVITATION)
        .isWaitingAt(InvitationFlow.RECEIVE_ANSWER)
        .variables().containsOnlyKeys(InvitationFlow.VAR_INVITATION_ID);
    assertThat(steps.sent).containsExactly("invitation " + invitationId);
    assertThat(timer(invitation, InvitationFlow.REMINDER_DUE).getDuedate()).isEqualTo(Date.from(steps.reminderAt));
    assertThat(timer(invitation, InvitationFlow.FOLLOW_UP_DUE).getDuedate()).isEqualTo(Date.from(steps.followUpAt));
    assertThat(timer(invitation, InvitationFlow.MEETING_OVER).getDuedate()).isEqualTo(Date.from(steps.endsAt));
    assertThat(adapter.openTasks(invitationId)).isEmpty();
  }

  @Test
  void acceptedSendsTheConfirmationRemindsTheDayBeforeAndEndsWhenTheMeetingIsOver() {
    ProcessInstance invitation = start();

    assertThat(answer(InvitationFlow.ACCEPTED)).isTrue();

    assertThat(steps.told).containsExactly(invitationId);
    assertThat(invitation).hasPassed(InvitationFlow.GATEWAY_ANSWER, InvitationFlow.SEND_CONFIRMATION)
        .hasNotPassed(InvitationFlow.SEND_REMINDER, InvitationFlow.SEND_CANCELLATION_ON_DECLINE)
        .isWaitingAt(InvitationFlow.RECEIVE_CHANGE_AFTER_ACCEPT, InvitationFlow.TIMER_DAY_BEFORE);
    assertThat(steps.sent).containsExactly("invitation " + invitationId, "confirmation " + invitationId);
    assertThat(timers(invitation, InvitationFlow.REMINDER_DUE)).isEmpty();
    assertThat(timers(invitation, InvitationFlow.FOLLOW_UP_DUE)).isEmpty();
    assertThat(timer(invitation, InvitationFlow.TIMER_DAY_BEFORE).getDuedate()).isEqualTo(Date.from(steps.dayBeforeAt));

    execute(timer(invitation, InvitationFlow.TIMER_DAY_BEFORE));

    assertThat(steps.sent("day-before")).containsExactly("day-before " + invitationId);
    assertThat(invitation).isWaitingAt(InvitationFlow.RECEIVE_CHANGE_AFTER_ACCEPT);
    Job over = timer(invitation, InvitationFlow.MEETING_OVER);
    assertThat(over.getDuedate()).isEqualTo(Date.from(steps.endsAt));

    execute(over);

    assertThat(invitation).hasPassed(InvitationFlow.END_MEETING_OVER).isEnded();
    assertThat(answer(InvitationFlow.DECLINED)).as("nobody waits for an answer after the meeting").isFalse();
    assertThat(steps.told).containsExactly(invitationId);
  }

  @Test
  void anAcceptanceTooLateForTheDayBeforeReminderSkipsIt() {
    steps.dayBeforeAt = steps.now.minus(Duration.ofHours(2));
    ProcessInstance invitation = start();

    answer(InvitationFlow.ACCEPTED);

    assertThat(invitation).hasPassed(InvitationFlow.GATEWAY_DAY_BEFORE_AHEAD).hasNotPassed(InvitationFlow.SEND_DAY_BEFORE)
        .isWaitingAt(InvitationFlow.RECEIVE_CHANGE_AFTER_ACCEPT);
    assertThat(timers(invitation, InvitationFlow.TIMER_DAY_BEFORE)).isEmpty();
  }

  @Test
  void declinedGivesTheOrganiserATaskToFindAReplacementAndSendsNoConfirmation() {
    ProcessInstance invitation = start();

    answer(InvitationFlow.DECLINED);

    assertThat(invitation).hasPassed(InvitationFlow.SEND_CANCELLATION_ON_DECLINE)
        .hasNotPassed(InvitationFlow.SEND_CONFIRMATION)
        .isWaitingAt(InvitationFlow.TASK_FIND_REPLACEMENT, InvitationFlow.RECEIVE_CHANGE_AFTER_DECLINE);
    assertThat(steps.sent("confirmation")).isEmpty();
    assertThat(steps.calls).contains("cancellation " + invitationId);
    TaskRef task = onlyTask();
    assertThat(task.step()).isEqualTo(InvitationTask.FIND_REPLACEMENT);
    assertThat(task.invitationId()).isEqualTo(invitationId);
    assertThat(task.assigneeId()).isEqualTo(FakeInvitationSteps.ORGANISER);
    assertThat(task.createdAt()).isNotNull();
    assertThat(task.dueAt()).isNotNull();

    adapter.complete(task.taskId());

    assertThat(adapter.openTasks(invitationId)).isEmpty();
    assertThat(adapter.task(task.taskId())).isNull();
    assertThat(invitation).isWaitingAt(InvitationFlow.RECEIVE_CHANGE_AFTER_DECLINE);
  }

  @Test
  void remindedAfterNDaysThenAcceptedLeavesNoFollowUp() {
    ProcessInstance invitation = start();

    execute(timer(invitation, InvitationFlow.REMINDER_DUE));

    assertThat(steps.sent("reminder")).containsExactly("reminder " + invitationId);
    assertThat(invitation).hasPassed(InvitationFlow.SEND_REMINDER).isWaitingAt(InvitationFlow.RECEIVE_ANSWER);
    assertThat(timers(invitation, InvitationFlow.FOLLOW_UP_DUE)).hasSize(1);

    answer(InvitationFlow.ACCEPTED);

    assertThat(timers(invitation, InvitationFlow.FOLLOW_UP_DUE)).isEmpty();
    assertThat(adapter.openTasks(invitationId)).isEmpty();
    assertThat(steps.sent("confirmation")).hasSize(1);
    assertThat(steps.sent("reminder")).hasSize(1);
  }

  @Test
  void noAnswerAfterMDaysGivesTheOrganiserAFollowUpTaskThatAnAnswerRemoves() {
    ProcessInstance invitation = start();
    execute(timer(invitation, InvitationFlow.REMINDER_DUE));
    execute(timer(invitation, InvitationFlow.FOLLOW_UP_DUE));

    TaskRef followUp = onlyTask();
    assertThat(followUp.step()).isEqualTo(InvitationTask.FOLLOW_UP);
    assertThat(followUp.assigneeId()).isEqualTo(FakeInvitationSteps.ORGANISER);
    assertThat(invitation).isWaitingAt(InvitationFlow.RECEIVE_ANSWER, InvitationFlow.TASK_FOLLOW_UP);

    // a message whose answer is still "no answer" (e.g. an answer changed back) changes nothing
    assertThat(answer(InvitationFlow.INVITED)).isTrue();
    assertThat(adapter.openTasks(invitationId)).containsExactly(followUp.taskId());
    assertThat(steps.sent).containsExactly("invitation " + invitationId, "reminder " + invitationId);

    answer(InvitationFlow.ACCEPTED);

    assertThat(adapter.task(followUp.taskId())).isNull();
    assertThat(adapter.openTasks(invitationId)).isEmpty();
    assertThat(taskService().createTaskQuery().processInstanceId(invitation.getId()).count()).isZero();
    assertThat(invitation).isWaitingAt(InvitationFlow.RECEIVE_CHANGE_AFTER_ACCEPT, InvitationFlow.TIMER_DAY_BEFORE);
  }

  @Test
  void delegatedGivesTheOrganiserATaskToInviteTheSuggestedColleague() {
    ProcessInstance invitation = start();

    answer(InvitationFlow.DELEGATED);

    assertThat(invitation).hasPassed(InvitationFlow.SEND_CANCELLATION_ON_DELEGATE)
        .isWaitingAt(InvitationFlow.TASK_INVITE_SUGGESTED, InvitationFlow.RECEIVE_CHANGE_AFTER_DELEGATE);
    TaskRef task = onlyTask();
    assertThat(task.step()).isEqualTo(InvitationTask.INVITE_SUGGESTED);
    assertThat(task.assigneeId()).isEqualTo(FakeInvitationSteps.ORGANISER);
    assertThat(steps.sent("confirmation")).isEmpty();

    // the same answer again (a redelivered message) keeps the organiser's task as it is
    answer(InvitationFlow.DELEGATED);
    assertThat(adapter.openTasks(invitationId)).containsExactly(task.taskId());

    adapter.complete(task.taskId());
    assertThat(invitation).isWaitingAt(InvitationFlow.RECEIVE_CHANGE_AFTER_DELEGATE);
  }

  @Test
  void anAnswerChangedFromAcceptedToDeclinedAndBackCancelsThenConfirmsAgain() {
    ProcessInstance invitation = start();
    answer(InvitationFlow.ACCEPTED);

    answer(InvitationFlow.DECLINED);

    assertThat(steps.sent("cancellation")).containsExactly("cancellation " + invitationId);
    assertThat(onlyTask().step()).isEqualTo(InvitationTask.FIND_REPLACEMENT);
    assertThat(timers(invitation, InvitationFlow.TIMER_DAY_BEFORE)).as("no day-before reminder after a decline").isEmpty();
    assertThat(invitation).isWaitingAt(InvitationFlow.TASK_FIND_REPLACEMENT, InvitationFlow.RECEIVE_CHANGE_AFTER_DECLINE);

    answer(InvitationFlow.ACCEPTED);

    assertThat(steps.sent("confirmation")).hasSize(2);
    assertThat(adapter.openTasks(invitationId)).as("the replacement task is gone").isEmpty();
    assertThat(invitation).isWaitingAt(InvitationFlow.RECEIVE_CHANGE_AFTER_ACCEPT, InvitationFlow.TIMER_DAY_BEFORE);
    assertThat(steps.told).hasSize(3);
  }

  @Test
  void anAnswerChangedBackToNoAnswerWaitsForTheAnswerAgainWithoutInvitingAgain() {
    ProcessInstance invitation = start();
    answer(InvitationFlow.ACCEPTED);

    answer(InvitationFlow.INVITED);

    assertThat(invitation).isWaitingAt(InvitationFlow.RECEIVE_ANSWER);
    assertThat(timers(invitation, InvitationFlow.TIMER_DAY_BEFORE)).isEmpty();
    assertThat(timers(invitation, InvitationFlow.REMINDER_DUE)).hasSize(1);
    assertThat(steps.sent("invitation")).hasSize(1);

    answer(InvitationFlow.DECLINED);
    assertThat(onlyTask().step()).isEqualTo(InvitationTask.FIND_REPLACEMENT);
  }

  @Test
  void aMoveSendsTheUpdateAndMovesTheDayBeforeAndEndTimersWhileStillWaitingWhereItWas() {
    ProcessInstance invitation = start();
    answer(InvitationFlow.ACCEPTED);

    steps.moveMeetingBy(Duration.ofDays(1));
    adapter.meetingMoved(meetingId, List.of(invitationId));

    assertThat(steps.sent("update")).containsExactly("update " + invitationId);
    assertThat(invitation).hasPassed(InvitationFlow.SEND_UPDATE)
        .isWaitingAt(InvitationFlow.RECEIVE_CHANGE_AFTER_ACCEPT, InvitationFlow.TIMER_DAY_BEFORE);
    assertThat(timer(invitation, InvitationFlow.TIMER_DAY_BEFORE).getDuedate()).isEqualTo(Date.from(steps.dayBeforeAt));
    assertThat(timer(invitation, InvitationFlow.MEETING_OVER).getDuedate()).isEqualTo(Date.from(steps.endsAt));
    assertThat(steps.sent("confirmation")).hasSize(1);
  }

  @Test
  void aMoveAfterTheDayBeforeReminderWaitsForTheNewDayBefore() {
    ProcessInstance invitation = start();
    answer(InvitationFlow.ACCEPTED);
    execute(timer(invitation, InvitationFlow.TIMER_DAY_BEFORE));
    assertThat(timers(invitation, InvitationFlow.TIMER_DAY_BEFORE)).isEmpty();

    steps.moveMeetingBy(Duration.ofDays(7));
    adapter.meetingMoved(meetingId, List.of(invitationId));

    assertThat(timer(invitation, InvitationFlow.TIMER_DAY_BEFORE).getDuedate()).isEqualTo(Date.from(steps.dayBeforeAt));
    assertThat(invitation).isWaitingAt(InvitationFlow.RECEIVE_CHANGE_AFTER_ACCEPT, InvitationFlow.TIMER_DAY_BEFORE);
    execute(timer(invitation, InvitationFlow.TIMER_DAY_BEFORE));
    assertThat(steps.sent("day-before")).hasSize(2);
  }

  @Test
  void aMoveBeforeAnyAnswerSendsTheUpdateAndKeepsWaitingForTheAnswer() {
    ProcessInstance invitation = start();

    steps.moveMeetingBy(Duration.ofDays(2));
    adapter.meetingMoved(meetingId, List.of(invitationId, UUID.randomUUID().toString()));

    assertThat(steps.sent("update")).containsExactly("update " + invitationId);
    assertThat(invitation).isWaitingAt(InvitationFlow.RECEIVE_ANSWER);
    assertThat(timer(invitation, InvitationFlow.MEETING_OVER).getDuedate()).isEqualTo(Date.from(steps.endsAt));
    assertThat(timer(invitation, InvitationFlow.REMINDER_DUE).getDuedate()).isEqualTo(Date.from(steps.reminderAt));
  }

  @Test
  void aWithdrawalSendsTheCancellationAndEndsWithoutOpenTasks() {
    ProcessInstance invitation = start();
    execute(timer(invitation, InvitationFlow.FOLLOW_UP_DUE));
    assertThat(adapter.openTasks(invitationId)).hasSize(1);

    adapter.withdrawn(invitationId);

    assertThat(invitation).hasPassed(InvitationFlow.SEND_CANCELLATION_ON_WITHDRAWAL, InvitationFlow.END_WITHDRAWN).isEnded();
    assertThat(steps.sent("cancellation")).containsExactly("cancellation " + invitationId);
    assertThat(taskService().createTaskQuery().processInstanceId(invitation.getId()).count()).isZero();
    assertThat(managementService().createJobQuery().processInstanceId(invitation.getId()).count()).isZero();
    adapter.withdrawn(invitationId); // again: nothing waits, nothing happens
    assertThat(steps.sent("cancellation")).hasSize(1);
  }

  @Test
  void aCancelledMeetingEndsTheProcessWithoutOpenTasksOrMailsOfItsOwn() {
    ProcessInstance invitation = start();
    answer(InvitationFlow.DECLINED);
    assertThat(adapter.openTasks(invitationId)).hasSize(1);
    int mails = steps.sent.size();

    adapter.meetingCancelled(meetingId, List.of(invitationId));

    assertThat(invitation).hasPassed(InvitationFlow.END_MEETING_CANCELLED).isEnded();
    assertThat(taskService().createTaskQuery().processInstanceId(invitation.getId()).count()).isZero();
    assertThat(managementService().createJobQuery().processInstanceId(invitation.getId()).count()).isZero();
    assertThat(steps.sent).hasSize(mails);
    assertThat(answer(InvitationFlow.ACCEPTED)).isFalse();
  }

  @Test
  void anAnswerForAnInvitationWithoutAProcessIsNotTaken() {
    assertThat(adapter.answered(UUID.randomUUID().toString())).isFalse();
    assertThat(steps.told).isEmpty();
    assertThat(adapter.task("no-such-task")).isNull();
    assertThat(adapter.task(null)).isNull();
  }

  private ProcessInstance start() {
    adapter.startSpeaker(invitationId);
    return runtimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(invitationId, InvitationFlow.SPEAKER_PROCESS_KEY).singleResult();
  }

  private boolean answer(String answer) {
    steps.answer = answer;
    return adapter.answered(invitationId);
  }

  private TaskRef onlyTask() {
    List<String> open = adapter.openTasks(invitationId);
    assertThat(open).hasSize(1);
    return adapter.task(open.get(0));
  }

  static Job timer(ProcessInstance instance, String activityId) {
    List<Job> jobs = timers(instance, activityId);
    assertThat(jobs).as("timer at " + activityId).hasSize(1);
    return jobs.get(0);
  }

  static List<Job> timers(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().list();
  }

  static void execute(Job job) {
    managementService().executeJob(job.getId());
  }

  static void registerDoubles(FakeInvitationSteps steps) {
    Mocks.register("invitationTimers", new InvitationTimers(steps));
    Mocks.register("invitationSendInvitation", new SendInvitationDelegate(steps));
    Mocks.register("invitationSendReminder", new SendInvitationReminderDelegate(steps));
    Mocks.register("invitationSendConfirmation", new SendInvitationConfirmationDelegate(steps));
    Mocks.register("invitationSendDayBefore", new SendInvitationDayBeforeDelegate(steps));
    Mocks.register("invitationSendUpdate", new SendInvitationUpdateDelegate(steps));
    Mocks.register("invitationSendCancellation", new SendInvitationCancellationDelegate(steps));
    Mocks.register("invitationRemindParticipants", new RemindParticipantsDelegate(steps));
  }

  static ProcessEngine inMemoryEngine(String prefix) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    String name = prefix + UUID.randomUUID();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    return configuration.buildProcessEngine();
  }
}
