package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redheart.meetings.api.ConceptNotes;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.api.StepRecord;
import org.redheart.meetings.domain.ActionPlan;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.MeetingTemplate;
import org.redheart.meetings.domain.StepRecordEntry;
import org.redheart.meetings.domain.StepRules;
import org.redheart.platform.api.Actor;

@ApplicationScoped
@Transactional
public class DefaultConceptNotes implements ConceptNotes {
  private static final int MAX_VERSIONS = 200;
  private static final int MAX_PLANS = 50;

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject MeetingAccess access;

  @Override
  public List<StepRecord> versions(String meetingId, Actor actor) {
    access.readable(meetingId, actor);
    return records(meetingId);
  }

  List<StepRecord> records(String meetingId) {
    return em.createQuery("select r from StepRecordEntry r where r.meetingId = :m and r.step = :s order by r.completedAt",
            StepRecordEntry.class)
        .setParameter("m", meetingId)
        .setParameter("s", Step.WRITE_CONCEPT_NOTE.taskKey())
        .setMaxResults(MAX_VERSIONS)
        .getResultStream()
        .map(DefaultMeetings::toRecord)
        .toList();
  }

  @Override
  public Map<String, String> startingValues(String meetingId, Actor actor) {
    Meeting meeting = access.readable(meetingId, actor);
    List<StepRecord> versions = records(meetingId);
    if (!versions.isEmpty()) {
      return new LinkedHashMap<>(versions.get(versions.size() - 1).data());
    }
    MeetingSummary m = meeting.toSummary();
    Map<String, String> out = new LinkedHashMap<>();
    if (m.audienceCategoryId() > 0) {
      out.put("targetCategories", Long.toString(m.audienceCategoryId()));
    }
    boolean venue = m.venue() != null;
    boolean link = m.onlineLink() != null;
    out.put("modality", venue && link ? "HYBRID" : link ? "ONLINE" : "ONSITE");
    out.put("expectedParticipants", Integer.toString(m.expectedParticipants()));
    MeetingTemplate t = meeting.templateId() == null ? null : em.find(MeetingTemplate.class, meeting.templateId());
    if (t != null) {
      var data = t.toData();
      if (!data.agenda().isBlank()) {
        out.put("agenda", data.agenda());
      }
      if (!data.themes().isBlank()) {
        out.put("themes", data.themes());
      }
      out.put("plannedGroups", Integer.toString(StepRules.rows(data.themes()).size()));
      out.put("speakersWanted", Integer.toString(data.speakersCount()));
    }
    return out;
  }

  @Override
  public List<OpenActionPlan> openActionPlans(String meetingId, Actor actor) {
    Meeting meeting = access.readable(meetingId, actor);
    List<ActionPlan> plans = em.createQuery(
            "select p from ActionPlan p where p.campaignId = :c and p.status = :s and p.meetingId <> :m "
                + "and p.meetingId in (select e.id from Meeting e where e.startsAt < :start) order by p.dueOn, p.createdAt",
            ActionPlan.class)
        .setParameter("c", meeting.campaignId())
        .setParameter("s", ActionPlan.OPEN)
        .setParameter("m", meetingId)
        .setParameter("start", meeting.startsAt().toInstant())
        .setMaxResults(MAX_PLANS)
        .getResultList();
    Map<String, String> titles = new HashMap<>();
    if (!plans.isEmpty()) {
      em.createQuery("select e from Meeting e where e.id in :ids", Meeting.class)
          .setParameter("ids", plans.stream().map(ActionPlan::meetingId).distinct().toList())
          .getResultStream()
          .forEach(e -> titles.put(e.id(), e.toSummary().title()));
    }
    return plans.stream()
        .map(p -> new OpenActionPlan(p.id(), p.meetingId(), titles.get(p.meetingId()), p.action(), p.ownerName(), p.dueOn()))
        .toList();
  }
}
