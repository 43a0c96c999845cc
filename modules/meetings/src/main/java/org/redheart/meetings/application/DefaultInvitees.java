package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.meetings.api.InviteeData;
import org.redheart.meetings.api.Invitees;
import org.redheart.meetings.domain.Invitee;
import org.redheart.meetings.domain.Meeting;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

@ApplicationScoped
@Transactional
public class DefaultInvitees implements Invitees {
  static final int MAX_BATCH = 2_000;

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject MeetingAccess access;
  @Inject Contacts contacts;
  @Inject Audit audit;

  @Override
  public Page<InviteeData> list(String meetingId, PageRequest page, Actor actor) {
    access.readable(meetingId, actor);
    List<InviteeData> items = em.createQuery(
            "select i from Invitee i where i.meetingId = :m order by case when i.kind = 'SPEAKER' then 0 else 1 end, "
                + "i.addedAt, i.contactId", Invitee.class)
        .setParameter("m", meetingId)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultStream()
        .map(DefaultInvitees::data)
        .toList();
    return new Page<>(items, page.page(), page.size(), countOf(meetingId));
  }

  @Override
  public long count(String meetingId, Actor actor) {
    access.readable(meetingId, actor);
    return countOf(meetingId);
  }

  long countOf(String meetingId) {
    return em.createQuery("select count(i) from Invitee i where i.meetingId = :m", Long.class)
        .setParameter("m", meetingId)
        .getSingleResult();
  }

  @Override
  public Integer capacity(String meetingId, Actor actor) {
    return access.readable(meetingId, actor).roomCapacity();
  }

  @Override
  public InviteeData add(String meetingId, String contactId, String kind, String topic, Integer lengthMinutes,
      Actor actor) {
    lockedWorkable(meetingId, actor);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
    if (!k.equals(Invitee.SPEAKER) && !k.equals(Invitee.PARTICIPANT)) {
      errors.add("kind", "must be SPEAKER or PARTICIPANT");
    }
    String t = topic == null || topic.isBlank() ? null : topic.strip();
    if (t != null && t.length() > 500) {
      errors.add("topic", "must be at most 500 characters");
    }
    ContactSummary contact = contactId == null || contactId.isBlank() ? null
        : contacts.summaries(List.of(contactId.strip())).get(contactId.strip());
    if (contact == null) {
      throw new NotFound("contact", String.valueOf(contactId));
    }
    if (k.equals(Invitee.SPEAKER)) {
      if (contact.tags().stream().noneMatch(tag -> tag.equalsIgnoreCase(SPEAKER_TAG))) {
        errors.add("contactId", "is not tagged \"" + SPEAKER_TAG + "\": only speakers can be chosen as speakers");
      }
      if (t == null) {
        errors.add("topic", "is required for a speaker");
      }
    }
    org.redheart.meetings.domain.InvitationRules.checkLength(lengthMinutes, errors);
    if (contact.minor()) {
      errors.add("contactId", "is a child: children are counted by age band at the meeting, not invited by name");
    }
    String id = contact.id();
    Invitee existing = em.find(Invitee.class, new Invitee.Key(meetingId, id));
    if (existing != null && !existing.sendable() && !existing.kind().equals(k)) {
      errors.add("kind", "cannot change: the invitation was sent as " + existing.kind());
    }
    errors.throwIfAny();
    if (existing == null) {
      existing = new Invitee(meetingId, id, k, k.equals(Invitee.SPEAKER) ? t : null, actor.userId());
      existing.lengthMinutes(lengthMinutes);
      em.persist(existing);
    } else {
      existing.change(k, t);
      existing.lengthMinutes(lengthMinutes);
    }
    audit.record(actor.userId(), "meeting.invitee", "meeting:" + meetingId,
        Map.of("contact", id, "kind", k));
    return data(existing);
  }

  @Override
  public Added addParticipants(String meetingId, List<String> contactIds, Actor actor) {
    lockedWorkable(meetingId, actor);
    if (contactIds.size() > MAX_BATCH) {
      throw new InvalidInput("contactIds", "at most " + MAX_BATCH + " at once");
    }
    List<String> ids = contactIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    Map<String, ContactSummary> found = contacts.summaries(ids);
    int added = 0;
    int already = 0;
    int leftOut = 0;
    List<String> addedIds = new ArrayList<>();
    for (String id : ids) {
      ContactSummary c = found.get(id);
      if (c == null || c.minor()) {
        continue;
      }
      String contactId = c.id();
      if (em.find(Invitee.class, new Invitee.Key(meetingId, contactId)) != null || addedIds.contains(c.id())) {
        already++;
        continue;
      }
      em.persist(new Invitee(meetingId, contactId, Invitee.PARTICIPANT, null, actor.userId()));
      addedIds.add(c.id());
      added++;
    }
    audit.record(actor.userId(), "meeting.invitees", "meeting:" + meetingId,
        Map.of("added", Integer.toString(added), "leftOut", Integer.toString(leftOut)));
    return new Added(added, already, leftOut);
  }

  @Override
  public void remove(String meetingId, String contactId, Actor actor) {
    access.workable(meetingId, actor);
    Invitee existing = em.find(Invitee.class, new Invitee.Key(meetingId, contactId));
    if (existing != null && !existing.sendable()) {
      throw new InvalidInput("contactId", "was sent an invitation: withdraw it instead");
    }
    if (existing != null) {
      em.remove(existing);
      audit.record(actor.userId(), "meeting.invitee.removed", "meeting:" + meetingId,
          Map.of("contact", contactId));
    }
  }

  private Meeting lockedWorkable(String meetingId, Actor actor) {
    Meeting meeting = access.workable(meetingId, actor);
    // one writer at a time per meeting (sending and answering invitations lock it too)
    em.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
    return meeting;
  }

  private static InviteeData data(Invitee i) {
    return new InviteeData(i.contactId(), i.kind(), i.topic(), i.status(), i.addedAt());
  }
}
