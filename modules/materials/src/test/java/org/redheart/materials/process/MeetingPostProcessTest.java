package org.redheart.materials.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code MeetingPostProcess} through the adapter the hand-over uses ({@link
 * CamundaPostHandOverEngine}): the organiser's draft task opens once per meeting, and making the
 * post completes it.
 */
@Deployment(resources = MeetingPost.BPMN_RESOURCE)
class MeetingPostProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(PublicationApprovalProcessTest.inMemoryEngine()).build();

  private final String meetingId = "meeting-" + UUID.randomUUID();
  private CamundaPostHandOverEngine handOver;

  @BeforeEach
  void adapter() {
    BpmnAwareTests.init(extension.getProcessEngine());
    handOver = new CamundaPostHandOverEngine(extension.getProcessEngine());
  }

  @AfterEach
  void forget() {
    BpmnAwareTests.reset();
  }

  @AfterAll
  static void closeTheEngine() {
    extension.getProcessEngine().close();
  }

  @Test
  void theOrganiserGetsTheDraftTaskOnceAndMakingThePostCompletesIt() {
    handOver.start(meetingId, "organiser-1");
    handOver.start(meetingId, "organiser-1");

    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId).count()).isEqualTo(1);
    ProcessInstance post = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId).singleResult();
    assertThat(post).isWaitingAtExactly(MeetingPost.TASK_DRAFT);
    assertThat(task(post)).isAssignedTo("organiser-1").hasName("Draft the social post");

    handOver.drafted(meetingId);

    assertThat(post).hasPassed(MeetingPost.END_DRAFTED).isEnded();
    handOver.drafted(meetingId);
  }

  @Test
  void aPostMadeForAnotherMeetingLeavesThisOnesTaskOpen() {
    handOver.start(meetingId, "organiser-1");

    handOver.drafted("meeting-" + UUID.randomUUID());

    ProcessInstance post = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(meetingId).singleResult();
    assertThat(post).isWaitingAtExactly(MeetingPost.TASK_DRAFT);
  }
}
