package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redheart.contacts.api.ContactDetails;
import org.redheart.contacts.api.ContactInput;
import org.redheart.contacts.api.ContactKind;
import org.redheart.contacts.api.ContactSummary;
import org.redheart.contacts.api.Contacts;
import org.redheart.contacts.api.StakeholderCategories;
import org.redheart.meetings.api.Attendance;
import org.redheart.meetings.api.AttendanceCounts;
import org.redheart.meetings.api.AttendeeInfo;
import org.redheart.meetings.api.AttendeeUpdate;
import org.redheart.meetings.api.AttendeeVolunteered;
import org.redheart.meetings.api.CheckIn;
import org.redheart.meetings.api.InviteeCheckIn;
import org.redheart.meetings.api.WalkIn;
import org.redheart.meetings.domain.AttendanceRules;
import org.redheart.meetings.domain.Attendee;
import org.redheart.meetings.domain.CapacityNote;
import org.redheart.meetings.domain.ChildHeadcount;
import org.redheart.meetings.domain.Meeting;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Events;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

@ApplicationScoped
@Transactional
public class DefaultAttendance implements Attendance {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject AttendanceAccess access;
  @Inject Contacts contacts;
  @Inject StakeholderCategories categories;
  @Inject Events events;
  @Inject Audit audit;

  @Override
  public Page<InviteeCheckIn> invitees(String meetingId, String search, PageRequest page, Actor actor) {
    access.require(meetingId, actor);
    Map<String, String> kinds = expectedKinds(meetingId);
    Map<String, ContactSummary> people = contacts.summaries(kinds.keySet());
    Map<String, Long> checkedIn = new HashMap<>();
    for (Attendee a : attendees(meetingId)) {
      if (a.contactId() != null) {
        checkedIn.putIfAbsent(a.contactId(), a.id());
      }
    }
    String needle = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
    List<InviteeCheckIn> all = new ArrayList<>();
    kinds.forEach((contactId, kind) -> {
      ContactSummary c = people.get(contactId);
      String name = c == null ? null : c.name();
      if (needle == null || (name != null && name.toLowerCase(Locale.ROOT).contains(needle))) {
        all.add(new InviteeCheckIn(contactId, name, kind, checkedIn.get(contactId)));
      }
    });
    all.sort(Comparator.comparing((InviteeCheckIn i) -> i.name() == null ? "" : i.name().toLowerCase(Locale.ROOT))
        .thenComparing(InviteeCheckIn::contactId));
    int from = Math.min(page.offset(), all.size());
    int to = Math.min(from + page.size(), all.size());
    return new Page<>(List.copyOf(all.subList(from, to)), page.page(), page.size(), all.size());
  }

  @Override
  public Page<AttendeeInfo> attendees(String meetingId, PageRequest page, Actor actor) {
    access.require(meetingId, actor);
    List<Attendee> rows = em.createQuery(
            "select a from Attendee a where a.meetingId = :m order by a.checkedInAt, a.id", Attendee.class)
        .setParameter("m", meetingId)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
    long total = em.createQuery("select count(a) from Attendee a where a.meetingId = :m", Long.class)
        .setParameter("m", meetingId)
        .getSingleResult();
    return new Page<>(infos(rows), page.page(), page.size(), total);
  }

  @Override
  public AttendanceCounts counts(String meetingId, Actor actor) {
    return counts(access.require(meetingId, actor));
  }

  @Override
  public CheckIn checkIn(String meetingId, String contactId, String clientKey, Actor actor) {
    Meeting meeting = access.require(meetingId, actor);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String key = AttendanceRules.clientKey(clientKey, errors);
    if (contactId == null || contactId.isBlank()) {
      errors.add("contactId", "is required");
    }
    errors.throwIfAny();
    String contact = contactId.strip();
    Optional<Attendee> already = AttendanceRules.existing(attendees(meetingId), key, contact);
    if (already.isPresent()) {
      return new CheckIn(info(already.get()), false, counts(meeting));
    }
    if (!inviteeKinds(meetingId).containsKey(contact)) {
      throw new InvalidInput("contactId", "is not an invitee of this meeting: add them as a walk-in");
    }
    ContactSummary c = contacts.summaries(List.of(contact)).get(contact);
    Long category = c == null ? null : categoryOf(c.categoryIds(), meeting.toSummary().audienceCategoryId());
    Attendee a = new Attendee(meetingId, contact, category, false, key, actor.userId());
    em.persist(a);
    em.flush();
    return new CheckIn(info(a), true, counts(meeting));
  }

  @Override
  public CheckIn walkIn(String meetingId, WalkIn walkIn, String clientKey, Actor actor) {
    Meeting meeting = access.require(meetingId, actor);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String key = AttendanceRules.clientKey(clientKey, errors);
    errors.throwIfAny();
    Optional<Attendee> retried = AttendanceRules.existing(attendees(meetingId), key, null);
    if (retried.isPresent()) {
      return new CheckIn(info(retried.get()), false, counts(meeting));
    }
    WalkIn w = walkIn == null ? new WalkIn(null, null, null, null, false) : walkIn;
    String name = AttendanceRules.name(w.name(), errors);
    if (w.categoryId() == null) {
      errors.add("categoryId", "is required");
    } else if (categories.find(w.categoryId()).isEmpty()) {
      errors.add("categoryId", "is not a known stakeholder category");
    }
    String gender = AttendanceRules.gender(w.gender(), errors);
    String ageBand = AttendanceRules.ageBand(w.ageBand(), errors);
    errors.throwIfAny();
    ContactDetails contact = contacts.create(new ContactInput(ContactKind.PERSON, name, false, null, null, null, null,
        Set.of(), List.of(), List.of(), Set.of(), Set.of(w.categoryId()), List.of(), null, null), actor);
    Attendee a = new Attendee(meetingId, contact.id(), w.categoryId(), true, key, actor.userId());
    a.describe(w.categoryId(), gender, ageBand);
    a.setVolunteer(w.volunteer());
    em.persist(a);
    em.flush();
    if (w.volunteer()) {
      events.publish(new AttendeeVolunteered(meetingId, contact.id()));
    }
    return new CheckIn(info(a), true, counts(meeting));
  }

  @Override
  public AttendanceCounts setChildren(String meetingId, Map<String, String> headcountByAgeBand, Actor actor) {
    Meeting meeting = access.require(meetingId, actor);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    Map<String, Integer> counts = AttendanceRules.headcounts(headcountByAgeBand, errors);
    errors.throwIfAny();
    counts.forEach((band, n) -> {
      ChildHeadcount row = em.find(ChildHeadcount.class, new ChildHeadcount.Key(meetingId, band));
      if (row == null) {
        em.persist(new ChildHeadcount(meetingId, band, n));
      } else {
        row.setHeadcount(n);
      }
    });
    em.flush();
    return counts(meeting);
  }

  @Override
  public AttendeeInfo updateAttendee(String meetingId, long attendeeId, AttendeeUpdate update, Actor actor) {
    access.require(meetingId, actor);
    Attendee a = em.find(Attendee.class, attendeeId);
    if (a == null || !a.meetingId().equals(meetingId)) {
      throw new NotFound("attendee", String.valueOf(attendeeId));
    }
    if (update == null) {
      throw new InvalidInput("body", "a JSON object is required");
    }
    InvalidInput.Collector errors = new InvalidInput.Collector();
    if (update.categoryId() != null && categories.find(update.categoryId()).isEmpty()) {
      errors.add("categoryId", "is not a known stakeholder category");
    }
    String gender = AttendanceRules.gender(update.gender(), errors);
    String ageBand = AttendanceRules.ageBand(update.ageBand(), errors);
    errors.throwIfAny();
    boolean newlyVolunteering = update.volunteer() && !a.volunteer();
    a.describe(update.categoryId() == null ? a.categoryId() : update.categoryId(), gender, ageBand);
    a.setVolunteer(update.volunteer());
    if (newlyVolunteering && a.contactId() != null) {
      events.publish(new AttendeeVolunteered(meetingId, a.contactId()));
    }
    return info(a);
  }

  @Override
  public AttendanceCounts noteCapacity(String meetingId, String note, Actor actor) {
    Meeting meeting = access.require(meetingId, actor);
    InvalidInput.Collector errors = new InvalidInput.Collector();
    String text = AttendanceRules.note(note, errors);
    errors.throwIfAny();
    CapacityNote row = em.find(CapacityNote.class, meetingId);
    if (row == null) {
      em.persist(new CapacityNote(meetingId, text, actor.userId()));
    } else {
      row.change(text, actor.userId());
    }
    em.flush();
    audit.record(actor.userId(), "attendance.capacity.noted", "meeting:" + meetingId, Map.of(), text);
    return counts(meeting);
  }

  // --- reading

  /**
   * Contact id to kind of the invitees the check-in list offers: not those who declined, suggested a
   * colleague, were withdrawn or whose meeting was cancelled.
   */
  Map<String, String> expectedKinds(String meetingId) {
    Map<String, String> out = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select contact_id, kind from mtg_invitee where meeting_id = ?"
            + " and status not in ('DECLINED', 'DELEGATED', 'WITHDRAWN', 'CANCELLED')")
        .setParameter(1, meetingId)
        .getResultList();
    for (Object[] r : rows) {
      out.put(String.valueOf(r[0]), String.valueOf(r[1]));
    }
    return out;
  }

  /** Contact id to kind (SPEAKER, PARTICIPANT) of the meeting's invitees. */
  Map<String, String> inviteeKinds(String meetingId) {
    Map<String, String> out = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select contact_id, kind from mtg_invitee where meeting_id = ?")
        .setParameter(1, meetingId)
        .getResultList();
    for (Object[] r : rows) {
      out.put(String.valueOf(r[0]), String.valueOf(r[1]));
    }
    return out;
  }

  List<Attendee> attendees(String meetingId) {
    return em.createQuery("select a from Attendee a where a.meetingId = :m order by a.id", Attendee.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  AttendanceCounts counts(Meeting meeting) {
    String meetingId = meeting.id();
    Map<String, Integer> children = new HashMap<>();
    em.createQuery("select c from ChildHeadcount c where c.meetingId = :m", ChildHeadcount.class)
        .setParameter("m", meetingId)
        .getResultList()
        .forEach(c -> children.put(c.ageBand(), c.headcount()));
    CapacityNote note = em.find(CapacityNote.class, meetingId);
    int capacity = AttendanceRules.capacity(access.conceptNote(meetingId).get("roomCapacity"),
        meeting.toSummary().expectedParticipants());
    return AttendanceRules.count(attendees(meetingId), children, capacity, note == null ? null : note.note());
  }

  /** The category an invitee counts in: the meeting's audience when they have it, else their first. */
  static Long categoryOf(Set<Long> theirs, Long audience) {
    if (theirs == null || theirs.isEmpty()) {
      return null;
    }
    if (audience != null && theirs.contains(audience)) {
      return audience;
    }
    return theirs.stream().min(Long::compare).orElse(null);
  }

  List<AttendeeInfo> infos(List<Attendee> rows) {
    List<String> ids = rows.stream().map(Attendee::contactId).filter(java.util.Objects::nonNull).distinct().toList();
    Map<String, ContactSummary> people = ids.isEmpty() ? Map.of() : contacts.summaries(ids);
    return rows.stream().map(a -> info(a, people.get(a.contactId()))).toList();
  }

  private AttendeeInfo info(Attendee a) {
    ContactSummary c = a.contactId() == null ? null : contacts.summaries(List.of(a.contactId())).get(a.contactId());
    return info(a, c);
  }

  private static AttendeeInfo info(Attendee a, ContactSummary c) {
    return new AttendeeInfo(a.id(), a.contactId(), c == null ? null : c.name(), a.categoryId(), a.gender(), a.ageBand(),
        a.walkIn(), a.volunteer(), a.checkedInAt());
  }
}
