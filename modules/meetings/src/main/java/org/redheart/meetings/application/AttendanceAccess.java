package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.StepRecordEntry;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;

/** Who may run a meeting's attendance and groups (its campaign's organisers and supervisors), and the concept note they read. */
@ApplicationScoped
class AttendanceAccess {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Campaigns campaigns;

  /** The meeting, if the actor is an organiser or supervisor of its campaign. */
  Meeting require(String meetingId, Actor actor) {
    Meeting meeting = meetingId == null || meetingId.length() > 36 ? null : em.find(Meeting.class, meetingId);
    if (meeting == null) {
      throw new NotFound("meeting", String.valueOf(meetingId));
    }
    String campaignId = meeting.toSummary().campaignId();
    boolean member = (actor.has(Role.ORGANISER) && campaigns.isMember(campaignId, actor.userId(), Role.ORGANISER))
        || (actor.has(Role.SUPERVISOR) && campaigns.isMember(campaignId, actor.userId(), Role.SUPERVISOR));
    if (!member) {
      throw new Forbidden("only the organisers and supervisors of the meeting's campaign run its attendance and groups");
    }
    return meeting;
  }

  /** The fields of the meeting's latest concept note (empty when none was written). */
  Map<String, String> conceptNote(String meetingId) {
    return latestRecord(meetingId, Step.WRITE_CONCEPT_NOTE)
        .map(r -> FormJson.read(r.data()))
        .orElse(Map.of());
  }

  java.util.Optional<StepRecordEntry> latestRecord(String meetingId, Step step) {
    return em.createQuery(
            "select r from StepRecordEntry r where r.meetingId = :m and r.step = :s order by r.completedAt desc",
            StepRecordEntry.class)
        .setParameter("m", meetingId)
        .setParameter("s", step.taskKey())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
