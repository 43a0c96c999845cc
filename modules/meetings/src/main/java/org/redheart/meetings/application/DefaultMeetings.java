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

  Clock clock = Clock.systemUTC();

  @Override
  public MeetingSummary schedule(ScheduleMeeting c, Actor actor) {
    if (!actor.hasAny(Role.ORGANISER, Role.SUPERVISOR)) {
      throw new Forbidden("only organisers and supervisors schedule meetings");
    }
    ZonedDateTime start = MeetingRules.check(c, id -> categories.find(id).isPresent(), clock);
    String campaignId = c.campaignId() == null || c.campaignId().isBlank() ? Campaign.DEFAULT_ID : c.campaignId();
    if (em.find(CampaignEntry.class, campaignId) == null) {
      throw new InvalidInput("campaignId", "is not a known campaign");
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
    em.persist(meeting);
    em.flush();
    engine.start(meeting.id(), actor.userId());
    MeetingSummary summary = meeting.toSummary();
    audit.record(actor.userId(), "meeting.scheduled", "meeting:" + meeting.id(),
        Map.of("campaign", campaignId, "startsAt", start.toInstant().toString()), summary.toString());
    return summary;
  }

  @Override
  public MeetingDetails details(String meetingId, Actor actor) {
    requireReader(actor);
    Meeting meeting = meeting(meetingId);
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
    String where = campaignId == null ? "" : " where m.campaignId = :c";
    var query = em.createQuery("select m from Meeting m" + where + " order by m.startsAt desc, m.id", Meeting.class);
    var count = em.createQuery("select count(m) from Meeting m" + where, Long.class);
    if (campaignId != null) {
      query.setParameter("c", campaignId);
      count.setParameter("c", campaignId);
    }
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
