package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.Meeting;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;

/**
 * The invitations step completes once at least one invitee is chosen and no more than the room
 * holds. Until the invitations issue lands, completing it only records the choice; the count goes to
 * the process as {@code inviteeCount}.
 */
@ApplicationScoped
public class InviteesGuard implements StepGuard {
  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Override
  public Step step() {
    return Step.INVITE_SPEAKERS;
  }

  @Override
  public void check(String meetingId, Map<String, String> fields, InvalidInput.Collector errors) {
    long count = count(meetingId);
    if (count == 0) {
      errors.add("invitees", "choose at least one speaker or participant on the invitations page first");
    }
    Meeting meeting = em.find(Meeting.class, meetingId);
    Integer capacity = meeting == null ? null : meeting.roomCapacity();
    if (capacity != null && count > capacity) {
      errors.add("invitees", count + " are invited but the room holds " + capacity + ": remove some first");
    }
  }

  @Override
  public void completed(String meetingId, Map<String, String> fields, Actor actor, Map<String, Object> variables) {
    variables.put("inviteeCount", count(meetingId));
  }

  private long count(String meetingId) {
    return em.createQuery("select count(i) from Invitee i where i.meetingId = :m", Long.class)
        .setParameter("m", meetingId)
        .getSingleResult();
  }
}
