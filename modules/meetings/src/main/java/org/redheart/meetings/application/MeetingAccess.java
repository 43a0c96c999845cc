package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.redheart.meetings.api.Campaigns;
import org.redheart.meetings.domain.Meeting;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;

/**
 * Who may read and who may work on a meeting's findings, action plans and report: readers are the
 * roles that read meetings; workers are organisers and supervisors who belong to its campaign.
 */
@ApplicationScoped
public class MeetingAccess {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Campaigns campaigns;

  public Meeting meeting(String meetingId) {
    Meeting meeting = meetingId == null || meetingId.length() > 36 ? null : em.find(Meeting.class, meetingId);
    if (meeting == null) {
      throw new NotFound("meeting", String.valueOf(meetingId));
    }
    return meeting;
  }

  public Meeting readable(String meetingId, Actor actor) {
    DefaultMeetings.requireReader(actor);
    return meeting(meetingId);
  }

  public Meeting workable(String meetingId, Actor actor) {
    Meeting meeting = meeting(meetingId);
    requireWorker(meeting.toSummary().campaignId(), actor);
    return meeting;
  }

  public boolean mayWork(String campaignId, Actor actor) {
    return (actor.has(Role.ORGANISER) && campaigns.isMember(campaignId, actor.userId(), Role.ORGANISER))
        || (actor.has(Role.SUPERVISOR) && campaigns.isMember(campaignId, actor.userId(), Role.SUPERVISOR));
  }

  public void requireWorker(String campaignId, Actor actor) {
    if (!mayWork(campaignId, actor)) {
      throw new Forbidden("only organisers and supervisors of the meeting's campaign may do this");
    }
  }
}
