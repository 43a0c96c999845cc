package org.redheart.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.ScheduleMeeting;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

/**
 * The engine inside a real Payara Micro, with the built WAR: it boots with the processes deployed,
 * resolves CDI delegates from BPMN, fires timers on its job executor, and rolls a failing job's
 * writes back with its transaction. One class, so one server start.
 */
@ExtendWith(ArquillianExtension.class)
class EngineContainerIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(ZipImporter.class, "redheart.war")
        .importFrom(new File(System.getProperty("redheart.it.war")))
        .as(WebArchive.class)
        .addClasses(ItProbe.class, ItFailingWriter.class, ItFailingMailer.class)
        .addAsLibrary(openTestRunner());
  }

  /** A library whose web fragment opens Arquillian's test runner servlet (test deployments only). */
  static org.jboss.shrinkwrap.api.spec.JavaArchive openTestRunner() {
    return ShrinkWrap.create(org.jboss.shrinkwrap.api.spec.JavaArchive.class, "it-open-test-runner.jar")
        .addAsManifestResource(new org.jboss.shrinkwrap.api.asset.StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml");
  }

  /** Arquillian's test runner servlet must be reachable without a login, in the test deployment only. */
  private static final String OPEN_TEST_RUNNER = """
      <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <name>itOpenTestRunner</name>
        <security-constraint>
          <web-resource-collection>
            <web-resource-name>arquillian</web-resource-name>
            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
          </web-resource-collection>
        </security-constraint>
      </web-fragment>
      """;

  @Inject ProcessEngine engine;
  @Inject Meetings meetings;
  @Inject Users users;

  @Test
  void theEngineBootsWithTheMeetingLifecycleDeployedOnce() {
    assertNotNull(engine);
    assertEquals(1, engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("MeetingLifecycleProcess").count());
    assertTrue(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor().isActive());
  }

  @Test
  void aMeetingStartsItsLifecycleAndTheStepListenerResolvesFromCdi() {
    String name = "e" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Actor organiser = Actor.of(users.create(new org.redheart.platform.api.NewUser(name, "Engine " + name,
        name + "@example.org", "a-long-container-password", java.util.Set.of(Role.ORGANISER))));
    MeetingSummary meeting = meetings.schedule(new ScheduleMeeting(null, "Container meeting", 1L, LocalDate.now().plusDays(30),
        LocalTime.of(14, 0), null, "Asia/Dhaka", "Dhaka", null, 20), organiser);
    Task first = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meeting.id()).singleResult();
    assertEquals("Task_WriteConceptNote", first.getTaskDefinitionKey());
    assertEquals(organiser.userId(), first.getAssignee(), "the listener assigned the organiser");
    assertNotNull(first.getDueDate(), "the listener set the due date");
  }

  @Test
  void aTimerFiresOnTheJobExecutor() throws InterruptedException {
    BpmnModelInstance model = Bpmn.createExecutableProcess("ItTimerProcess").camundaHistoryTimeToLive(1)
        .startEvent().intermediateCatchEvent("Timer_ItOneSecond").timerWithDuration("PT1S")
        .serviceTask("Task_ItProbe").camundaDelegateExpression("${itProbe}").endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("it-timer.bpmn", model).deploy();
    int before = ItProbe.CALLS.get();
    String id = engine.getRuntimeService().startProcessInstanceByKey("ItTimerProcess").getId();
    long deadline = System.currentTimeMillis() + 60_000;
    while (ItProbe.CALLS.get() == before && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    assertTrue(ItProbe.CALLS.get() > before, "the timer fired and the delegate ran");
    while (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(100); // the delegate has run; its transaction is committing
    }
    assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count());
  }

  @Test
  void aFailingJobRollsBackWhatItsDelegateWrote() throws InterruptedException {
    BpmnModelInstance model = Bpmn.createExecutableProcess("ItRollbackProcess").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("Task_ItFailingWriter").camundaAsyncBefore().camundaDelegateExpression("${itFailingWriter}")
        .endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("it-rollback.bpmn", model).deploy();
    String username = "rolledback" + UUID.randomUUID().toString().substring(0, 8);
    String id = engine.getRuntimeService().startProcessInstanceByKey("ItRollbackProcess",
        java.util.Map.of("username", username)).getId();
    long deadline = System.currentTimeMillis() + 60_000;
    Job job = null;
    while (System.currentTimeMillis() < deadline) {
      job = engine.getManagementService().createJobQuery().processInstanceId(id).singleResult();
      if (job != null && job.getExceptionMessage() != null) {
        break;
      }
      Thread.sleep(200);
    }
    assertNotNull(job);
    assertNotNull(job.getExceptionMessage(), "the job ran and failed");
    assertTrue(users.findByUsername(username).isEmpty(), "the user written by the failing delegate was rolled back");
  }

  @Test
  void aJobDelegateThatEnqueuesAMailAndThenThrowsLeavesNoMail() throws InterruptedException {
    BpmnModelInstance model = Bpmn.createExecutableProcess("ItMailRollbackProcess").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("Task_ItFailingMailer").camundaAsyncBefore().camundaDelegateExpression("${itFailingMailer}")
        .endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("it-mail-rollback.bpmn", model).deploy();
    String recipient = "rolledback-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String id = engine.getRuntimeService().startProcessInstanceByKey("ItMailRollbackProcess",
        java.util.Map.of("recipient", recipient)).getId();
    long deadline = System.currentTimeMillis() + 60_000;
    Job job = null;
    while (System.currentTimeMillis() < deadline) {
      job = engine.getManagementService().createJobQuery().processInstanceId(id).singleResult();
      if (job != null && job.getExceptionMessage() != null) {
        break;
      }
      Thread.sleep(200);
    }
    assertNotNull(job);
    assertNotNull(job.getExceptionMessage(), "the job ran and failed");
    assertTrue(job.getExceptionMessage().contains("after enqueueing a mail"),
        "the delegate enqueued before failing, but the job failed with: " + job.getExceptionMessage());
    javax.sql.DataSource ds = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDataSource();
    try (java.sql.Connection c = ds.getConnection();
        java.sql.PreparedStatement ps = c.prepareStatement("select count(*) from plt_outbox where recipient = ?")) {
      ps.setString(1, recipient);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertEquals(0, rs.getLong(1), "the mail enqueued by the failing delegate was rolled back");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
