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
 * Who may read and who may work on a meeting: readers hold a role that reads meetings and belong to
 * its campaign; workers are its campaign's organisers and supervisors.
 */
@ApplicationScoped
public class MeetingAccess {
  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Campaigns campaigns;

  /** The meeting, if the actor may read it. */
  public Meeting readable(String meetingId, Actor actor) {
    DefaultMeetings.requireReader(actor);
    Meeting m = meeting(meetingId);
    if (!campaigns.belongs(m.campaignId(), actor)) {
      throw new Forbidden("you do not belong to this meeting's campaign");
    }
    return m;
  }

  /** The meeting, if the actor may work on it (organisers and supervisors of its campaign). */
  public Meeting workable(String meetingId, Actor actor) {
    if (!actor.hasAny(Role.ORGANISER, Role.SUPERVISOR)) {
      throw new Forbidden("only organisers and supervisors work on meetings");
    }
    Meeting m = meeting(meetingId);
    if (!(campaigns.isMember(m.campaignId(), actor.userId(), Role.ORGANISER) && actor.has(Role.ORGANISER))
        && !(campaigns.isMember(m.campaignId(), actor.userId(), Role.SUPERVISOR) && actor.has(Role.SUPERVISOR))) {
      throw new Forbidden("you are not an organiser or supervisor of this meeting's campaign");
    }
    return m;
  }

  /** The meeting, or NotFound. */
  public Meeting meeting(String meetingId) {
    Meeting meeting = meetingId == null || meetingId.length() > 36 ? null : em.find(Meeting.class, meetingId);
    if (meeting == null) {
      throw new NotFound("meeting", String.valueOf(meetingId));
    }
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
