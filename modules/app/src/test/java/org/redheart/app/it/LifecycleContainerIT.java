package org.redheart.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redheart.app.infrastructure.Database;
import org.redheart.meetings.api.Board;
import org.redheart.meetings.api.LateStepsDigest;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.MeetingPostHandOver;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.ScheduleMeeting;
import org.redheart.meetings.process.LifecycleMigration;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.NewUser;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.UserSummary;
import org.redheart.platform.api.Users;

/**
 * The lifecycle inside a real Payara Micro: a step let go late is reminded by its BPMN timer on the job
 * executor, shows late on the board and in the next digest (once a day); and a lifecycle started by
 * the foundation's version of the process is migrated (with its step-status rows filled in) and
 * completes. One class, so one server start.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleContainerIT {
  private static final String V1 = "it/meeting-lifecycle-v1.bpmn";
  private static final String LATEST = "bpmn/meetings/meeting-lifecycle.bpmn";

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(ZipImporter.class, "redheart.war")
        .importFrom(new File(System.getProperty("redheart.it.war")))
        .as(WebArchive.class)
        .addAsResource(new File("../meetings/src/test/resources/bpmn/meetings/meeting-lifecycle-v1.bpmn"), V1)
        .addAsLibrary(EngineContainerIT.openTestRunner());
  }

  @Inject ProcessEngine engine;
  @Inject Meetings meetings;
  @Inject Users users;
  @Inject Board board;
  @Inject LateStepsDigest digest;
  @Inject LifecycleMigration migration;
  @Inject MeetingPostHandOver postHandOver;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Test
  void aLateStepIsRemindedByItsTimerShowsOnTheBoardAndInTheNextDigestOnce() throws Exception {
    UserSummary organiser = user(Role.ORGANISER);
    UserSummary supervisor = user(Role.SUPERVISOR);
    String title = "Late meeting " + UUID.randomUUID().toString().substring(0, 6);
    MeetingSummary meeting = meetings.schedule(new ScheduleMeeting(null, title, 1L, LocalDate.now().plusDays(30),
        LocalTime.of(14, 0), null, "Asia/Dhaka", "Dhaka", null, 20), Actor.of(organiser));
    Instant threeDaysAgo = Instant.now().minus(3, ChronoUnit.DAYS);
    update("update mtg_step_status set due_at = ? where meeting_id = ? and step = 'Task_WriteConceptNote'",
        Timestamp.from(threeDaysAgo), meeting.id());
    ProcessInstance instance = instance(meeting.id());
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_WriteConceptNoteOverdue").singleResult();
    assertNotNull(timer, "the step's overdue timer");
    engine.getManagementService().setJobDuedate(timer.getId(), Date.from(threeDaysAgo));

    long deadline = System.currentTimeMillis() + 60_000;
    while (count("select count(*) from mtg_step_status where meeting_id = ? and reminded_at is not null", meeting.id()) == 0
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
    }
    assertEquals(1, count("select count(*) from mtg_step_status where meeting_id = ? and step = 'Task_WriteConceptNote' "
        + "and reminded_at is not null", meeting.id()), "the job executor fired the timer and reminded the step");
    assertEquals(1, count("select count(*) from plt_outbox where recipient = ? and template = 'meeting-step-overdue'",
        organiser.email()));
    assertEquals(1, engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count(),
        "the step stays open");

    Board.Cell cell = boardRow(meeting.id(), organiser).cells().get(0);
    assertEquals(Board.Cell.LATE, cell.state());
    assertEquals(3, cell.daysLate());
    Board.LateStep late = lateStep(meeting.id(), supervisor);
    assertEquals("Task_WriteConceptNote", late.step(), "the supervisor's start page lists the late step");
    assertEquals(3, late.daysLate());

    Actor admin = new Actor("container-admin", EnumSet.of(Role.ADMIN));
    assertTrue(digest.runNow(admin) >= 1);
    assertEquals(1, count("select count(*) from plt_outbox where recipient = ? and template = 'meeting-late-digest' "
        + "and body_text like ?", supervisor.email(), "%" + title + "%"), "the supervisor's digest lists the late step");
    digest.runNow(admin);
    assertEquals(1, count("select count(*) from plt_outbox where recipient = ? and template = 'meeting-late-digest'",
        supervisor.email()), "one digest a day");
  }

  @Test
  void aLifecycleOfTheFoundationsVersionIsMigratedWithItsStatusRowsAndCompletes() throws Exception {
    UserSummary organiser = user(Role.ORGANISER);
    List<String> deployments = new ArrayList<>();
    try {
      deployments.add(engine.getRepositoryService().createDeployment().name("it-v1").addClasspathResource(V1).deploy().getId());
      MeetingSummary meeting = meetings.schedule(new ScheduleMeeting(null, "Made by v1", 1L, LocalDate.now().plusDays(20),
          LocalTime.of(11, 0), null, "Asia/Dhaka", "Dhaka", null, 20), Actor.of(organiser));
      ProcessInstance instance = instance(meeting.id());
      for (int i = 0; i < 20; i++) {
        Task open = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        if (open.getTaskDefinitionKey().equals("Task_ApproveSocialPost")) {
          break;
        }
        engine.getTaskService().complete(open.getId(), java.util.Map.of("approved", true));
      }
      // version 1 wrote no step-status rows and no deadlines
      update("delete from mtg_step_candidate where meeting_id = ?", meeting.id());
      update("delete from mtg_step_status where meeting_id = ?", meeting.id());
      deployments.add(engine.getRepositoryService().createDeployment().name("it-latest").addClasspathResource(LATEST).deploy().getId());

      assertTrue(migration.run() >= 1);

      ProcessInstance migrated = instance(meeting.id());
      String latest = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("MeetingLifecycleProcess").latestVersion().singleResult().getId();
      assertEquals(latest, migrated.getProcessDefinitionId());
      // it waited at version 1's post approval: restarted at the hand-over, it waits for the post
      assertNull(engine.getTaskService().createTaskQuery().processInstanceId(migrated.getId()).singleResult());
      assertEquals(1, engine.getRuntimeService().createExecutionQuery().processInstanceId(migrated.getId())
          .activityId("Task_PublishSocialPost").count());
      assertEquals(10, count("select count(*) from mtg_step_status where meeting_id = ?", meeting.id()));
      assertEquals(9, count("select count(*) from mtg_step_status where meeting_id = ? and state = 'DONE'", meeting.id()));
      assertEquals(1, count("select count(*) from mtg_step_status where meeting_id = ? and state = 'OPEN' "
          + "and step = 'Task_PublishSocialPost' and assignee_id is null", meeting.id()));
      Job timer = engine.getManagementService().createJobQuery().processInstanceId(migrated.getId())
          .activityId("Timer_PublishSocialPostOverdue").singleResult();
      assertNotNull(timer);

      assertTrue(postHandOver.postPublished(meeting.id(), "material-of-the-post", "https://www.facebook.com/p/1"));
      assertFalse(postHandOver.postPublished(meeting.id(), "material-of-the-post", "https://www.facebook.com/p/1"));

      assertNull(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(migrated.getId()).singleResult());
      assertEquals(1, count("select count(*) from mtg_meeting where id = ? and status = 'COMPLETED'", meeting.id()));
      assertEquals(10, count("select count(*) from mtg_step_status where meeting_id = ? and state = 'DONE'", meeting.id()));
    } finally {
      for (String id : deployments) {
        engine.getRepositoryService().deleteDeployment(id, true);
      }
    }
  }

  @Test
  void anApprovalWithoutAnEligibleSupervisorTellsTheAdminsByMail() throws Exception {
    UserSummary organiser = user(Role.ORGANISER);
    UserSummary admin = user(Role.ADMIN);
    String campaignId = UUID.randomUUID().toString();
    update("insert into mtg_campaign (id, name, hashtag, created_at, open_to_all) values (?, ?, null, ?, false)",
        campaignId, "No supervisors " + campaignId.substring(0, 6), Timestamp.from(Instant.now()));
    update("insert into mtg_campaign_member (campaign_id, user_id, role, added_at) values (?, ?, 'ORGANISER', ?)",
        campaignId, organiser.id(), Timestamp.from(Instant.now()));
    MeetingSummary meeting = meetings.schedule(new ScheduleMeeting(campaignId, "Nobody to approve", 1L,
        LocalDate.now().plusDays(25), LocalTime.of(10, 0), null, "Asia/Dhaka", "Dhaka", null, 20), Actor.of(organiser));
    Task note = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meeting.id()).singleResult();

    engine.getTaskService().complete(note.getId());

    Task approval = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(meeting.id()).singleResult();
    assertEquals("Task_ApproveConceptNote", approval.getTaskDefinitionKey());
    assertEquals(0, count("select count(*) from mtg_step_candidate where meeting_id = ?", meeting.id()));
    assertEquals(1, count("select count(*) from plt_outbox where recipient = ? and template = 'meeting-no-approver'",
        admin.email()));
  }

  private Board.LateStep lateStep(String meetingId, UserSummary reader) {
    for (int page = 0; page < 50; page++) {
      var p = board.late(new PageRequest(page, 200), Actor.of(reader));
      for (Board.LateStep l : p.items()) {
        if (l.meetingId().equals(meetingId)) {
          return l;
        }
      }
      if (p.items().isEmpty()) {
        break;
      }
    }
    throw new AssertionError("not among the late steps: " + meetingId);
  }

  private Board.Row boardRow(String meetingId, UserSummary reader) {
    for (int page = 0; page < 50; page++) {
      Board.BoardPage p = board.board(null, new PageRequest(page, 200), Actor.of(reader));
      for (Board.Row r : p.rows()) {
        if (r.meetingId().equals(meetingId)) {
          return r;
        }
      }
      if (p.rows().isEmpty()) {
        break;
      }
    }
    throw new AssertionError("not on the board: " + meetingId);
  }

  private ProcessInstance instance(String meetingId) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(meetingId, "MeetingLifecycleProcess").singleResult();
  }

  private UserSummary user(Role role) {
    String name = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return users.create(new NewUser(name, "Container " + name, name + "@example.org", "a-long-container-password",
        Set.of(role)));
  }

  private void update(String sql, Object... args) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }

  private long count(String sql, Object... args) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
