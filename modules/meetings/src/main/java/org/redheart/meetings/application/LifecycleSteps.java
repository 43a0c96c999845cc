package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.DueDate;
import org.redheart.meetings.domain.DueDates;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.StepCandidate;
import org.redheart.meetings.domain.StepStatusEntry;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

/**
 * What the lifecycle process asks of the meetings module when a step opens, completes, is overdue or
 * the lifecycle ends: who gets the step, when it is due, the meeting's stage, and the step-status
 * table ({@code mtg_step_status}, {@code mtg_step_candidate}) that the board and My tasks read.
 */
@ApplicationScoped
@Transactional
public class LifecycleSteps {
  private static final Logger LOG = Logger.getLogger(LifecycleSteps.class.getName());
  static final int MAX_CANDIDATES = 200;
  /** The organiser's "1 day to go" reminder: the day before the meeting, at this time in its zone. */
  static final LocalTime ONE_DAY_TO_GO_AT = LocalTime.of(9, 0);

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Users users;
  @Inject Campaigns campaigns;
  @Inject LifecycleMails mails;
  @Inject Audit audit;

  Clock clock = Clock.systemUTC();

  /** Who a newly opened step goes to, and when it is due. */
  public record Opening(String assigneeId, List<String> candidateIds, Instant dueAt) {}

  /** An open task of a meeting's lifecycle, as the engine has it (for backfilling after a migration). */
  /**
   * The post steps of earlier versions of the lifecycle (v1's approval, v2's draft and "mark handled"),
   * replaced in version 3 by the hand-over ({@link Step#PUBLISH_SOCIAL_POST}).
   */
  public static final List<String> OLD_POST_STEPS =
      List.of("Task_ApproveSocialPost", "Task_DraftSocialPost", "Task_MarkPostHandled");

  /**
   * After a lifecycle was moved past the old post steps (migration to version 3): their rows in the
   * step-status table and their candidates go (the records of what was written at them stay).
   */
  public void dropOldPostSteps(String meetingId) {
    em.createQuery("delete from StepStatusEntry s where s.meetingId = :m and s.step in :steps")
        .setParameter("m", meetingId).setParameter("steps", OLD_POST_STEPS).executeUpdate();
    em.createQuery("delete from StepCandidate c where c.meetingId = :m and c.step in :steps")
        .setParameter("m", meetingId).setParameter("steps", OLD_POST_STEPS).executeUpdate();
  }

  public record OpenTask(String taskId, String taskKey, String assigneeId, List<String> candidateIds) {}

  /**
   * Every step's due date for a newly scheduled meeting, as PENDING rows: the board shows future steps
   * too, and the steps' timers read their dates from here.
   */
  public void planned(Meeting meeting) {
    Instant now = clock.instant();
    Map<Step, DueDate> due = MeetingDeadlines.dueDates(meeting).forNewMeeting(meeting.startsAt(), now);
    due.forEach((step, d) -> {
      StepStatusEntry row = em.find(StepStatusEntry.class, new StepStatusEntry.Key(meeting.id(), step.taskKey()));
      if (row == null) {
        em.persist(new StepStatusEntry(meeting.id(), step.taskKey(), meeting.campaignId(), d, now));
      } else {
        row.moveDue(d);
      }
    });
  }

  public Opening opened(String meetingId, String taskKey, String taskId) {
    Meeting meeting = meeting(meetingId);
    Step step = stepOf(taskKey);
    meeting.moveTo(step.taskKey());
    StepStatusEntry row = row(meeting, step);
    Instant now = clock.instant();
    if (step.handOver()) {
      // a wait for the materials module: nobody's task here (the organiser drafts the post there)
      row.open(taskId, null, null, now);
      replaceCandidates(meetingId, step.taskKey(), List.of());
      return new Opening(null, List.of(), row.dueAt());
    }
    if (!step.approval()) {
      row.open(taskId, meeting.organiserId(), null, now);
      replaceCandidates(meetingId, step.taskKey(), List.of());
      return new Opening(meeting.organiserId(), List.of(), row.dueAt());
    }
    List<String> eligible = eligibleApprovers(meeting, step);
    if (eligible.isEmpty()) {
      tellAdminsNoApprover(meeting, step);
    }
    row.open(taskId, null, Role.SUPERVISOR.name(), now);
    replaceCandidates(meetingId, step.taskKey(), eligible);
    return new Opening(null, eligible, row.dueAt());
  }

  /** The step's task was completed: DONE in the step-status table. */
  public void completed(String meetingId, String taskKey) {
    taskKey = stepOf(taskKey).taskKey();
    StepStatusEntry row = em.find(StepStatusEntry.class, new StepStatusEntry.Key(meetingId, taskKey));
    if (row != null) {
      row.done(clock.instant());
    }
    replaceCandidates(meetingId, taskKey, List.of());
  }

  public void ended(String meetingId) {
    Meeting meeting = meeting(meetingId);
    meeting.moveTo(MeetingSummary.COMPLETED);
    meeting.completeLifecycle();
  }

  /** When the step is due (the date its overdue timer fires): from the step-status table, else computed. */
  public Instant dueAt(String meetingId, String taskKey) {
    StepStatusEntry row = em.find(StepStatusEntry.class, new StepStatusEntry.Key(meetingId, taskKey));
    if (row != null) {
      return row.dueAt();
    }
    Meeting meeting = meeting(meetingId);
    Step step = Step.byTaskKey(taskKey).orElseThrow(() -> new IllegalArgumentException("unknown step " + taskKey));
    return MeetingDeadlines.dueDates(meeting).regularDue(step, meeting.startsAt());
  }

  /** When the organiser's "1 day to go" reminder goes: the day before, 09:00 in the meeting's zone. */
  public Instant oneDayToGo(String meetingId) {
    return oneDayToGo(meeting(meetingId).startsAt());
  }

  static Instant oneDayToGo(ZonedDateTime start) {
    Instant at = ZonedDateTime.of(start.toLocalDate().minusDays(1), ONE_DAY_TO_GO_AT, start.getZone()).toInstant();
    Instant latest = start.toInstant().minusSeconds(3600);
    return at.isAfter(latest) ? latest : at;
  }

  /**
   * Reminds the assignee (or, for an offered approval, its candidates) of each open step of the
   * meeting that is past its due date and not yet reminded since it opened; returns how many steps.
   */
  public int remindOverdue(String meetingId) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting == null || !meeting.isActive()) {
      return 0;
    }
    Instant now = clock.instant();
    List<StepStatusEntry> late = em.createQuery(
            "select s from StepStatusEntry s where s.meetingId = :m and s.state = 'OPEN' and s.dueAt < :now "
                + "and s.remindedAt is null", StepStatusEntry.class)
        .setParameter("m", meetingId)
        .setParameter("now", now)
        .getResultList();
    for (StepStatusEntry row : late) {
      Step step = Step.byTaskKey(row.step()).orElse(null);
      if (step == null) {
        continue;
      }
      List<String> to = row.assigneeId() != null ? List.of(row.assigneeId()) : candidates(meetingId, row.step());
      int daysLate = DueDates.status(row.dueAt(), null, now, meeting.zone()).daysLate();
      for (String userId : to) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("meetingTitle", meeting.title());
        model.put("step", step);
        model.put("dueAt", LifecycleMails.when(row.dueAt(), meeting.zone()));
        model.put("daysLate", daysLate);
        model.put("link", LifecycleMails.baseUrl() + "/tasks/form.xhtml?id=" + row.taskId());
        mails.send(userId, LifecycleMails.OVERDUE, model, "meeting:" + meetingId);
      }
      row.reminded(now);
      audit.record(Audit.SYSTEM, "step.overdue-reminded", "meeting:" + meetingId,
          Map.of("step", row.step(), "recipients", String.valueOf(to.size())));
    }
    return late.size();
  }

  /** The organiser's "1 day to go" reminder; nothing for a cancelled meeting or one already started. */
  public boolean remindOneDayToGo(String meetingId) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting == null || !meeting.isActive() || !meeting.startsAt().toInstant().isAfter(clock.instant())) {
      return false;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("meetingTitle", meeting.title());
    model.put("startsAt", LifecycleMails.when(meeting.startsAt().toInstant(), meeting.zone()));
    model.put("venue", meeting.toSummary().venue() == null ? "" : meeting.toSummary().venue());
    model.put("link", LifecycleMails.baseUrl() + "/meetings/view.xhtml?id=" + meetingId);
    boolean sent = mails.send(meeting.organiserId(), LifecycleMails.ONE_DAY_TO_GO, model, "meeting:" + meetingId);
    audit.record(Audit.SYSTEM, "meeting.one-day-to-go", "meeting:" + meetingId, Map.of("sent", String.valueOf(sent)));
    return sent;
  }

  /**
   * After a migration from an earlier version of the process (whose instances had no step-status
   * rows): the planned rows and the open tasks' rows and candidates, from the engine's open tasks.
   * Returns the due date of every open step (for the task and its timer).
   */
  public Map<String, Instant> backfill(String meetingId, List<OpenTask> openTasks) {
    Meeting meeting = meeting(meetingId);
    Instant now = clock.instant();
    Map<Step, DueDate> due = MeetingDeadlines.dueDates(meeting).forNewMeeting(meeting.startsAt(), meeting.createdAt());
    // the lifecycle is a line (its loops go back, never past): steps before the first open one are done
    Step firstOpen = openTasks.stream().map(t -> Step.byTaskKey(t.taskKey()).orElse(null))
        .filter(java.util.Objects::nonNull).min(Step::compareTo).orElse(null);
    Map<String, Instant> completedAt = new java.util.HashMap<>();
    em.createQuery("select r.step, max(r.completedAt) from StepRecordEntry r where r.meetingId = :m group by r.step",
            Object[].class)
        .setParameter("m", meetingId)
        .getResultList()
        .forEach(r -> completedAt.put((String) r[0], (Instant) r[1]));
    due.forEach((step, d) -> {
      StepStatusEntry row = em.find(StepStatusEntry.class, new StepStatusEntry.Key(meetingId, step.taskKey()));
      if (row == null) {
        row = new StepStatusEntry(meetingId, step.taskKey(), meeting.campaignId(), d, meeting.createdAt());
        em.persist(row);
        if (firstOpen != null && step.compareTo(firstOpen) < 0) {
          row.done(completedAt.getOrDefault(step.taskKey(), now));
        }
      }
    });
    Map<String, Instant> result = new LinkedHashMap<>();
    for (OpenTask t : openTasks) {
      Step step = Step.byTaskKey(t.taskKey()).orElse(null);
      if (step == null) {
        continue;
      }
      StepStatusEntry row = em.find(StepStatusEntry.class, new StepStatusEntry.Key(meetingId, t.taskKey()));
      row.open(t.taskId(), t.assigneeId(), step.approval() ? Role.SUPERVISOR.name() : null, now);
      replaceCandidates(meetingId, t.taskKey(), step.approval() ? t.candidateIds() : List.of());
      meeting.moveTo(t.taskKey());
      result.put(t.taskKey(), row.dueAt());
    }
    return result;
  }

  /**
   * The step of a task key. Version 1's post approval ({@code Task_ApproveSocialPost}), which a
   * lifecycle not yet migrated may still open, counts as marking the post handled: the organiser's,
   * as it becomes when the start-up migration moves it.
   */
  static Step stepOf(String taskKey) {
    if (OLD_POST_STEPS.contains(taskKey)) {
      return Step.PUBLISH_SOCIAL_POST;
    }
    return Step.byTaskKey(taskKey).orElseThrow(() -> new IllegalArgumentException("unknown step " + taskKey));
  }

  /** Users who completed (edited) the given step of the meeting. */
  Set<String> editorsOf(String meetingId, Step step) {
    return new LinkedHashSet<>(
        em.createQuery(
                "select distinct r.completedBy from StepRecordEntry r where r.meetingId = :m and r.step = :s", String.class)
            .setParameter("m", meetingId)
            .setParameter("s", step.taskKey())
            .getResultList());
  }

  /** Supervisors of the meeting's campaign who did not edit what the approval step approves. */
  List<String> eligibleApprovers(Meeting meeting, Step step) {
    Set<String> editors = editorsOf(meeting.id(), step.approves());
    return campaigns.supervisors(meeting.campaignId(), MAX_CANDIDATES + editors.size()).stream()
        .filter(id -> !editors.contains(id))
        .limit(MAX_CANDIDATES)
        .toList();
  }

  List<String> candidates(String meetingId, String taskKey) {
    return em.createQuery(
            "select c.userId from StepCandidate c where c.meetingId = :m and c.step = :s order by c.userId", String.class)
        .setParameter("m", meetingId)
        .setParameter("s", taskKey)
        .setMaxResults(MAX_CANDIDATES)
        .getResultList();
  }

  /** New due dates of a meeting's steps (rescheduling): rows that are not done or cancelled. */
  Map<Step, StepStatusEntry> unfinishedRows(String meetingId) {
    Map<Step, StepStatusEntry> out = new EnumMap<>(Step.class);
    em.createQuery("select s from StepStatusEntry s where s.meetingId = :m and s.state in ('OPEN', 'PENDING')",
            StepStatusEntry.class)
        .setParameter("m", meetingId)
        .getResultStream()
        .forEach(s -> Step.byTaskKey(s.step()).ifPresent(step -> out.put(step, s)));
    return out;
  }

  private void replaceCandidates(String meetingId, String taskKey, List<String> userIds) {
    em.createQuery("delete from StepCandidate c where c.meetingId = :m and c.step = :s")
        .setParameter("m", meetingId)
        .setParameter("s", taskKey)
        .executeUpdate();
    for (String id : new LinkedHashSet<>(userIds)) {
      em.persist(new StepCandidate(meetingId, taskKey, id));
    }
  }

  private StepStatusEntry row(Meeting meeting, Step step) {
    StepStatusEntry row = em.find(StepStatusEntry.class, new StepStatusEntry.Key(meeting.id(), step.taskKey()));
    if (row == null) {
      // a meeting made before step-status rows (or a row lost): the template date, no short notice
      DueDates dueDates = MeetingDeadlines.dueDates(meeting);
      row = new StepStatusEntry(meeting.id(), step.taskKey(), meeting.campaignId(),
          DueDate.regular(step, dueDates.regularDue(step, meeting.startsAt())), clock.instant());
      em.persist(row);
    }
    return row;
  }

  private void tellAdminsNoApprover(Meeting meeting, Step step) {
    List<String> admins = users.idsWithRole(Role.ADMIN, MAX_CANDIDATES);
    LOG.warning("No eligible supervisor for " + step.taskKey() + " of meeting " + meeting.id()
        + ": telling " + admins.size() + " admin(s).");
    List<String> told = new ArrayList<>();
    for (String admin : admins) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("meetingTitle", meeting.title());
      model.put("step", step);
      model.put("link", LifecycleMails.baseUrl() + "/meetings/view.xhtml?id=" + meeting.id());
      if (mails.send(admin, LifecycleMails.NO_APPROVER, model, "meeting:" + meeting.id())) {
        told.add(admin);
      }
    }
    audit.record(Audit.SYSTEM, "step.no-eligible-approver", "meeting:" + meeting.id(),
        Map.of("step", step.taskKey(), "adminsTold", String.valueOf(told.size())));
  }

  private Meeting meeting(String meetingId) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting == null) {
      throw new NotFound("meeting", meetingId);
    }
    return meeting;
  }
}
