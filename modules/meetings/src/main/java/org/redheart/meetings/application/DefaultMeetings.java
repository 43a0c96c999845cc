package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.meetings.api.Campaign;
import org.redheart.meetings.api.MeetingDetails;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Meetings;
import org.redheart.meetings.api.ScheduleMeeting;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.api.StepRecord;
import org.redheart.meetings.domain.CampaignEntry;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.MeetingTemplate;
import org.redheart.meetings.domain.StepDeadlines;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.domain.MeetingRules;
import org.redheart.meetings.domain.StepRecordEntry;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

@ApplicationScoped
@Transactional
public class DefaultMeetings implements Meetings {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject StakeholderCategories categories;
  @Inject LifecycleEngine engine;
  @Inject Audit audit;
  @Inject LifecycleSteps lifecycleSteps;
  @Inject Campaigns campaigns;
  @Inject MeetingAccess access;
  @Inject InvitationLifecycle invitations;

  Clock clock = Clock.systemUTC();

  @Override
  public MeetingSummary schedule(ScheduleMeeting c, Actor actor) {
    if (!actor.hasAny(Role.ORGANISER, Role.SUPERVISOR)) {
      throw new Forbidden("only organisers and supervisors schedule meetings");
    }
    MeetingTemplate template = null;
    if (c.templateId() != null && !c.templateId().isBlank()) {
      template = c.templateId().length() > 36 ? null : em.find(MeetingTemplate.class, c.templateId());
      if (template == null) {
        throw new InvalidInput("templateId", "is not a known template");
      }
      if (c.expectedParticipants() == null) {
        c = c.withExpectedParticipants(template.toData().expectedParticipants());
      }
    }
    ZonedDateTime start = MeetingRules.check(c, id -> categories.find(id).isPresent(), clock);
    String campaignId = c.campaignId() == null || c.campaignId().isBlank() ? Campaign.DEFAULT_ID : c.campaignId();
    if (campaignId.length() > 36 || em.find(CampaignEntry.class, campaignId) == null) {
      throw new InvalidInput("campaignId", "is not a known campaign");
    }
    if (!(actor.has(Role.ORGANISER) && campaigns.isMember(campaignId, actor.userId(), Role.ORGANISER))
        && !(actor.has(Role.SUPERVISOR) && campaigns.isMember(campaignId, actor.userId(), Role.SUPERVISOR))) {
      throw new Forbidden("you are not an organiser or supervisor of this campaign");
    }
    ZonedDateTime end =
        c.endTime() == null ? null : ZonedDateTime.of(LocalDateTime.of(c.date(), c.endTime()), start.getZone());
    Meeting meeting =
        new Meeting(
            campaignId,
            c.title().strip(),
            c.audienceCategoryId(),
            start,
            end,
            blankToNull(c.venue()),
            blankToNull(c.onlineLink()),
            c.expectedParticipants(),
            actor.userId(),
            Step.WRITE_CONCEPT_NOTE.taskKey());
    if (template != null) {
      meeting.fromTemplate(template.id(), template.code(), template.deadlinesJson());
    } else {
      meeting.fromTemplate(null, "stakeholder", MeetingTemplate.deadlinesJson(StepDeadlines.defaults()));
    }
    em.persist(meeting);
    em.flush();
    lifecycleSteps.planned(meeting);
    em.flush();
    engine.start(meeting.id(), actor.userId());
    MeetingSummary summary = meeting.toSummary();
    audit.record(actor.userId(), "meeting.scheduled", "meeting:" + meeting.id(),
        Map.of("campaign", campaignId, "startsAt", start.toInstant().toString()), summary.toString());
    return summary;
  }

  @Override
  public MeetingDetails details(String meetingId, Actor actor) {
    Meeting meeting = access.readable(meetingId, actor);
    List<StepRecord> history =
        em.createQuery(
                "select r from StepRecordEntry r where r.meetingId = :m order by r.completedAt", StepRecordEntry.class)
            .setParameter("m", meetingId)
            .setMaxResults(1000)
            .getResultStream()
            .map(DefaultMeetings::toRecord)
            .toList();
    return new MeetingDetails(meeting.toSummary(), engine.openSteps(meetingId), history);
  }

  @Override
  public Page<MeetingSummary> list(String campaignId, PageRequest page, Actor actor) {
    requireReader(actor);
    List<String> visible = campaigns.visibleTo(actor).stream().map(Campaign::id).toList();
    if (actor.has(Role.SAFEGUARDING_LEAD)) {
      visible = campaigns.all().stream().map(Campaign::id).toList();
    }
    if (campaignId != null) {
      visible = visible.contains(campaignId) ? List.of(campaignId) : List.of();
    }
    if (visible.isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    String where = " where m.campaignId in :c";
    var query = em.createQuery("select m from Meeting m" + where + " order by m.startsAt desc, m.id", Meeting.class);
    var count = em.createQuery("select count(m) from Meeting m" + where, Long.class);
    query.setParameter("c", visible);
    count.setParameter("c", visible);
    List<MeetingSummary> items =
        query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream().map(Meeting::toSummary).toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public Map<String, MeetingSummary> summaries(Collection<String> meetingIds) {
    Map<String, MeetingSummary> out = new HashMap<>();
    if (meetingIds.isEmpty()) {
      return out;
    }
    em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class)
        .setParameter("ids", List.copyOf(meetingIds))
        .getResultStream()
        .forEach(m -> out.put(m.id(), m.toSummary()));
    return out;
  }

  @Override
  public MeetingSummary reschedule(
      String meetingId, java.time.LocalDate date, java.time.LocalTime startTime, java.time.LocalTime endTime,
      String timeZone, Actor actor) {
    Meeting meeting = meeting(meetingId);
    requireRunner(meeting, actor);
    requireActive(meeting);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    java.time.ZoneId zone = meeting.zone();
    if (timeZone != null && !timeZone.isBlank()) {
      try {
        zone = java.time.ZoneId.of(timeZone.strip());
      } catch (java.time.DateTimeException e) {
        errors.add("timeZone", "is not a time zone (use a name such as Asia/Dhaka)");
      }
    }
    if (date == null) {
      errors.add("date", "is required");
    }
    if (startTime == null) {
      errors.add("startTime", "is required");
    }
    if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
      errors.add("endTime", "must be after the start time");
    }
    ZonedDateTime newStart = null;
    if (date != null && startTime != null) {
      newStart = ZonedDateTime.of(date, startTime, zone);
      ZonedDateTime now = ZonedDateTime.now(clock);
      if (!newStart.isAfter(now)) {
        errors.add("date", "is in the past: a meeting must start in the future");
      } else if (newStart.isAfter(now.plusYears(MeetingRules.MAX_YEARS_AHEAD))) {
        errors.add("date", "is more than " + MeetingRules.MAX_YEARS_AHEAD + " years ahead");
      }
    }
    errors.throwIfAny();
    ZonedDateTime oldStart = meeting.startsAt();
    ZonedDateTime newEnd = endTime == null ? null : ZonedDateTime.of(date, endTime, zone);
    meeting.reschedule(newStart, newEnd);
    java.time.Instant now = clock.instant();
    Map<Step, org.redheart.meetings.domain.StepStatusEntry> rows = lifecycleSteps.unfinishedRows(meetingId);
    List<org.redheart.meetings.domain.DueDate> current = rows.values().stream()
        .map(r -> new org.redheart.meetings.domain.DueDate(Step.byTaskKey(r.step()).orElseThrow(), r.dueAt(),
            r.shortNotice() ? org.redheart.meetings.domain.DueDate.Notice.SHORT_NOTICE
                : org.redheart.meetings.domain.DueDate.Notice.REGULAR))
        .toList();
    Map<Step, org.redheart.meetings.domain.DueDate> moved =
        MeetingDeadlines.dueDates(meeting).rescheduled(oldStart, newStart, current, now);
    Map<String, java.time.Instant> byTaskKey = new java.util.LinkedHashMap<>();
    moved.forEach((step, due) -> {
      rows.get(step).moveDue(due);
      byTaskKey.put(step.taskKey(), due.dueAt());
    });
    em.flush();
    engine.reschedule(meetingId, byTaskKey, LifecycleSteps.oneDayToGo(newStart));
    invitations.moved(meeting);
    MeetingSummary summary = meeting.toSummary();
    audit.record(actor.userId(), "meeting.rescheduled", "meeting:" + meetingId,
        Map.of("from", oldStart.toInstant().toString(), "to", newStart.toInstant().toString(), "zone", zone.getId()),
        summary.toString());
    return summary;
  }

  @Override
  public org.redheart.meetings.api.MeetingState cancel(String meetingId, String reason, Actor actor) {
    Meeting meeting = meeting(meetingId);
    requireRunner(meeting, actor);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidInput("reason", "is required: say why the meeting is cancelled");
    }
    if (why.length() > 2000) {
      throw new InvalidInput("reason", "must be at most 2000 characters");
    }
    requireActive(meeting);
    java.time.Instant now = clock.instant();
    meeting.cancel(why, actor.userId(), now);
    lifecycleSteps.unfinishedRows(meetingId).values().forEach(r -> r.cancel(now));
    em.createQuery("delete from StepCandidate c where c.meetingId = :m").setParameter("m", meetingId).executeUpdate();
    em.flush();
    engine.cancel(meetingId, "cancelled: " + (why.length() > 200 ? why.substring(0, 200) : why));
    invitations.cancelled(meeting);
    audit.record(actor.userId(), "meeting.cancelled", "meeting:" + meetingId, Map.of("campaign", meeting.campaignId()), why);
    return state(meeting, actor);
  }

  @Override
  public org.redheart.meetings.api.MeetingState state(String meetingId, Actor actor) {
    requireReader(actor);
    return state(meeting(meetingId), actor);
  }

  private org.redheart.meetings.api.MeetingState state(Meeting meeting, Actor actor) {
    @SuppressWarnings("unchecked")
    List<Object> ids = em.createNativeQuery(
            "select contact_id from mtg_invitee where meeting_id = ? and status in ('CHOSEN', 'NOT_SENT')"
                + " order by kind desc, contact_id")
        .setParameter(1, meeting.id())
        .setMaxResults(1000)
        .getResultList();
    List<String> toTell = ids.stream().map(String::valueOf).toList();
    boolean mayChange = meeting.isActive() && mayRun(meeting, actor);
    return new org.redheart.meetings.api.MeetingState(meeting.id(), meeting.status(), meeting.cancelReason(),
        meeting.cancelledAt(), meeting.cancelledBy(), toTell, mayChange);
  }

  private boolean mayRun(Meeting meeting, Actor actor) {
    return (actor.has(Role.ORGANISER) && campaigns.isMember(meeting.campaignId(), actor.userId(), Role.ORGANISER))
        || (actor.has(Role.SUPERVISOR) && campaigns.isMember(meeting.campaignId(), actor.userId(), Role.SUPERVISOR));
  }

  private void requireRunner(Meeting meeting, Actor actor) {
    if (!mayRun(meeting, actor)) {
      throw new Forbidden("only organisers and supervisors of the meeting's campaign may change it");
    }
  }

  private static void requireActive(Meeting meeting) {
    if (!meeting.isActive()) {
      throw new org.redheart.platform.api.Conflict("the meeting is " + meeting.status().toLowerCase(java.util.Locale.ROOT)
          + ": it can no longer be changed");
    }
  }

  static void requireReader(Actor actor) {
    if (!actor.hasAny(Role.ORGANISER, Role.SUPERVISOR, Role.SAFEGUARDING_LEAD)) {
      throw new Forbidden("your roles do not include reading meetings");
    }
  }

  Meeting meeting(String meetingId) {
    Meeting meeting = meetingId == null || meetingId.length() > 36 ? null : em.find(Meeting.class, meetingId);
    if (meeting == null) {
      throw new NotFound("meeting", String.valueOf(meetingId));
    }
    return meeting;
  }

  static StepRecord toRecord(StepRecordEntry e) {
    return new StepRecord(e.step(), e.taskId(), e.outcome(), FormJson.read(e.data()), e.completedBy(), e.completedAt());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
