package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.StepRules;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;

/**
 * The concept note's rules that need more than its form: the audience's categories exist and the
 * agenda fits between the meeting's start and end. A completed note sets the meeting's room capacity
 * (the invitations step is bounded by it).
 */
@ApplicationScoped
public class ConceptNoteGuard implements StepGuard {
  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject StakeholderCategories categories;

  @Override
  public Step step() {
    return Step.WRITE_CONCEPT_NOTE;
  }

  @Override
  public void check(String meetingId, Map<String, String> fields, InvalidInput.Collector errors) {
    String targets = fields.get("targetCategories");
    if (targets != null) {
      for (String id : targets.split(",")) {
        if (categories.find(Long.parseLong(id)).isEmpty()) {
          errors.add("targetCategories", "lists " + id + ", which is not a known stakeholder category");
          break;
        }
      }
    }
    Meeting meeting = em.find(Meeting.class, meetingId);
    Long duration = meeting == null ? null : meeting.durationMinutes();
    String agenda = fields.get("agenda");
    if (duration != null && agenda != null) {
      int minutes = StepRules.agendaMinutes(agenda);
      if (minutes > duration) {
        errors.add("agenda", "takes " + minutes + " minutes: more than the meeting's " + duration
            + " minutes from start to end");
      }
    }
  }

  @Override
  public void completed(String meetingId, Map<String, String> fields, Actor actor, Map<String, Object> variables) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    String capacity = fields.get("roomCapacity");
    if (meeting != null && capacity != null) {
      meeting.roomCapacity(Integer.valueOf(capacity));
    }
  }
}
