package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.redheart.meetings.api.Invitations;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;

/**
 * The invitations step completes once at least one invitee is chosen (more than the room holds is
 * allowed: acceptances beyond it join the waiting list). Completing it sends the invitations (as the
 * acting user, see {@link Invitations#send}); the count goes to the process as {@code inviteeCount}.
 */
@ApplicationScoped
public class InviteesGuard implements StepGuard {
  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Invitations invitations;

  @Override
  public Step step() {
    return Step.INVITE_SPEAKERS;
  }

  @Override
  public void check(String meetingId, Map<String, String> fields, InvalidInput.Collector errors) {
    if (count(meetingId) == 0) {
      errors.add("invitees", "choose at least one speaker or participant on the invitations page first");
    }
  }

  @Override
  public void completed(String meetingId, Map<String, String> fields, Actor actor, Map<String, Object> variables) {
    invitations.send(meetingId, actor);
    variables.put("inviteeCount", count(meetingId));
  }

  private long count(String meetingId) {
    return em.createQuery("select count(i) from Invitee i where i.meetingId = :m", Long.class)
        .setParameter("m", meetingId)
        .getSingleResult();
  }
}
