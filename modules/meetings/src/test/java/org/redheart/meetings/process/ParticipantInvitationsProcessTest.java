package org.redheart.meetings.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.redheart.meetings.process.SpeakerInvitationProcessTest.execute;
import static org.redheart.meetings.process.SpeakerInvitationProcessTest.registerDoubles;
import static org.redheart.meetings.process.SpeakerInvitationProcessTest.timer;
import static org.redheart.meetings.process.SpeakerInvitationProcessTest.timers;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
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
 * The paths of {@code ParticipantInvitationsProcess}: reminded the day before then over at the
 * meeting's end; the day before already past (no reminder); moved (timers follow, a passed reminder
 * waits again for the new day before); cancelled.
 */
@Deployment(resources = InvitationFlow.PARTICIPANTS_BPMN_RESOURCE)
class ParticipantInvitationsProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(SpeakerInvitationProcessTest.inMemoryEngine("participant-invitations-test-")).build();

  private final String meetingId = UUID.randomUUID().toString();
  private final FakeInvitationSteps steps = new FakeInvitationSteps();
  private CamundaInvitationEngine adapter;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    registerDoubles(steps);
    adapter = new CamundaInvitationEngine(extension.getProcessEngine(), steps, millis -> {});
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @AfterAll
  static void closeTheEngine() {
    extension.getProcessEngine().close();
  }

  @Test
  void remindsTheParticipantsTheDayBeforeThenEndsWhenTheMeetingIsOver() {
    ProcessInstance participants = start();
    adapter.startParticipants(meetingId);

    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId).count()).isEqualTo(1);
    assertThat(participants).hasBusinessKey(meetingId).isWaitingAt(InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE)
        .variables().containsOnlyKeys(InvitationFlow.VAR_MEETING_ID);
    assertThat(timer(participants, InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE).getDuedate()).isEqualTo(Date.from(steps.dayBeforeAt));
    assertThat(steps.sent).isEmpty();

    execute(timer(participants, InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE));

    assertThat(steps.sent).containsExactly("participants-day-before " + meetingId);
    assertThat(participants).isWaitingAt(InvitationFlow.PARTICIPANTS_TIMER_MEETING_OVER);
    assertThat(timer(participants, InvitationFlow.PARTICIPANTS_TIMER_MEETING_OVER).getDuedate()).isEqualTo(Date.from(steps.endsAt));

    execute(timer(participants, InvitationFlow.PARTICIPANTS_TIMER_MEETING_OVER));

    assertThat(participants).hasPassed(InvitationFlow.PARTICIPANTS_END_MEETING_OVER).isEnded();
    assertThat(steps.sent).hasSize(1);
  }

  @Test
  void skipsTheReminderWhenTheDayBeforeHasPassedAlready() {
    steps.dayBeforeAt = steps.now.minus(Duration.ofHours(1));

    ProcessInstance participants = start();

    assertThat(participants).hasNotPassed(InvitationFlow.PARTICIPANTS_REMIND)
        .isWaitingAt(InvitationFlow.PARTICIPANTS_TIMER_MEETING_OVER);
    assertThat(timers(participants, InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE)).isEmpty();
    assertThat(steps.sent).isEmpty();
  }

  @Test
  void aMoveMovesTheDayBeforeTimer() {
    ProcessInstance participants = start();

    steps.moveMeetingBy(Duration.ofDays(1));
    adapter.meetingMoved(meetingId, List.of());

    assertThat(participants).isWaitingAt(InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE);
    assertThat(timer(participants, InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE).getDuedate()).isEqualTo(Date.from(steps.dayBeforeAt));
    assertThat(steps.sent).isEmpty();
  }

  @Test
  void aMoveAfterTheReminderMovesTheEndAndWaitsForTheNewDayBefore() {
    ProcessInstance participants = start();
    execute(timer(participants, InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE));

    steps.moveMeetingBy(Duration.ofDays(7));
    adapter.meetingMoved(meetingId, List.of());

    assertThat(participants).isWaitingAt(InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE);
    assertThat(timer(participants, InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE).getDuedate()).isEqualTo(Date.from(steps.dayBeforeAt));
    assertThat(timers(participants, InvitationFlow.PARTICIPANTS_TIMER_MEETING_OVER)).isEmpty();
    execute(timer(participants, InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE));
    assertThat(steps.sent).hasSize(2);
    assertThat(timer(participants, InvitationFlow.PARTICIPANTS_TIMER_MEETING_OVER).getDuedate()).isEqualTo(Date.from(steps.endsAt));
  }

  @Test
  void aMoveWhenTheNewDayBeforeHasPassedOnlyMovesTheEnd() {
    steps.dayBeforeAt = steps.now.minus(Duration.ofHours(1));
    ProcessInstance participants = start();

    steps.moveMeetingBy(Duration.ofHours(-2));
    adapter.meetingMoved(meetingId, List.of());

    assertThat(participants).isWaitingAt(InvitationFlow.PARTICIPANTS_TIMER_MEETING_OVER);
    assertThat(timer(participants, InvitationFlow.PARTICIPANTS_TIMER_MEETING_OVER).getDuedate()).isEqualTo(Date.from(steps.endsAt));
    assertThat(steps.sent).isEmpty();
  }

  @Test
  void aCancelledMeetingEndsIt() {
    ProcessInstance participants = start();

    adapter.meetingCancelled(meetingId, List.of(UUID.randomUUID().toString()));

    assertThat(participants).hasPassed(InvitationFlow.PARTICIPANTS_END_MEETING_CANCELLED).isEnded();
    assertThat(timers(participants, InvitationFlow.PARTICIPANTS_TIMER_DAY_BEFORE)).isEmpty();
    assertThat(steps.sent).isEmpty();
  }

  private ProcessInstance start() {
    adapter.startParticipants(meetingId);
    return runtimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(meetingId, InvitationFlow.PARTICIPANTS_PROCESS_KEY).singleResult();
  }
}
