package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.meetings.domain.InvitationMail;
import org.redheart.meetings.domain.InvitationRules;
import org.redheart.meetings.domain.Invitee;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.Suggestion;

/**
 * The invitation rows of the meetings unit: invitees by invitation id, the waiting list, accepted
 * participants, and the waiting-list promotion (shared by answers, withdrawals and lifecycle hooks).
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class InvitationRecords {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject InvitationMails mails;

  /** The invitee of an invitation id, if any. */
  public Optional<Invitee> byInvitation(String invitationId) {
    if (invitationId == null || invitationId.length() > 36) {
      return Optional.empty();
    }
    return em.createQuery("select i from Invitee i where i.invitationId = :id", Invitee.class)
        .setParameter("id", invitationId)
        .getResultStream()
        .findFirst();
  }

  /** The meeting, locked for writing: one answer or send at a time per meeting (capacity races). */
  public Meeting lock(String meetingId) {
    return meetingId == null || meetingId.length() > 36 ? null
        : em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Re-reads the invitee after the meeting lock (another answer may have changed it). */
  public Invitee fresh(Invitee i) {
    em.refresh(i);
    return i;
  }

  public List<Invitee> all(String meetingId) {
    return em.createQuery("select i from Invitee i where i.meetingId = :m order by i.addedAt, i.contactId", Invitee.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  public long acceptedParticipants(String meetingId) {
    return em.createQuery("select count(i) from Invitee i where i.meetingId = :m and i.kind = :k and i.status = :s",
            Long.class)
        .setParameter("m", meetingId)
        .setParameter("k", Invitee.PARTICIPANT)
        .setParameter("s", InvitationStatus.ACCEPTED)
        .getSingleResult();
  }

  public List<Invitee> waiting(String meetingId) {
    List<Invitee> rows = new ArrayList<>(em.createQuery(
            "select i from Invitee i where i.meetingId = :m and i.status = :s", Invitee.class)
        .setParameter("m", meetingId)
        .setParameter("s", InvitationStatus.WAITING)
        .getResultList());
    rows.sort((a, b) -> InvitationRules.ORDER.compare(waitingOf(a), waitingOf(b)));
    return rows;
  }

  public List<InvitationRules.Waiting> waitingList(String meetingId) {
    return waiting(meetingId).stream().map(InvitationRecords::waitingOf).toList();
  }

  static InvitationRules.Waiting waitingOf(Invitee i) {
    return new InvitationRules.Waiting(i.contactId(), i.waitingSince());
  }

  /**
   * Moves the first waiting participants up into the free places and tells each (PROMOTED mail with a
   * REQUEST file). Returns the contact ids promoted.
   */
  public List<String> promote(Meeting meeting, Instant at) {
    em.flush();
    List<Invitee> waiting = waiting(meeting.id());
    List<String> ids = InvitationRules.promotions(acceptedParticipants(meeting.id()), meeting.roomCapacity(),
        waiting.stream().map(InvitationRecords::waitingOf).toList());
    for (Invitee i : waiting) {
      if (ids.contains(i.contactId())) {
        i.promoted();
        i.nextSequence();
        i.confirmed(true);
        mails.send(meeting, i, InvitationMail.PROMOTED, false);
      }
    }
    em.flush();
    return ids;
  }

  public List<Suggestion> suggestions(String meetingId) {
    return em.createQuery("select s from Suggestion s where s.meetingId = :m order by s.createdAt desc", Suggestion.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  /** The newest open suggestion of a speaker's invitation. */
  public Optional<Suggestion> openSuggestion(String invitationId) {
    return em.createQuery("select s from Suggestion s where s.invitationId = :i and s.status = :s"
            + " order by s.createdAt desc", Suggestion.class)
        .setParameter("i", invitationId)
        .setParameter("s", Suggestion.OPEN)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public EntityManager em() {
    return em;
  }
}
