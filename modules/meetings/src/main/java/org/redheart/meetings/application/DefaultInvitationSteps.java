package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.meetings.domain.InvitationAnswer;
import org.redheart.meetings.domain.InvitationMail;
import org.redheart.meetings.domain.InvitationRules;
import org.redheart.meetings.domain.Invitee;
import org.redheart.meetings.domain.Meeting;
import org.redheart.meetings.domain.ZoneTimes;

/**
 * What the invitation processes call (delegates and timer expressions), in the engine's transaction.
 * Each send* enqueues at most one mail per (invitation, kind, SEQUENCE) and does nothing when the
 * invitation no longer calls for it (a reminder after an answer, a confirmation after a decline).
 */
@ApplicationScoped
@Transactional
public class DefaultInvitationSteps implements InvitationSteps {
  private static final Logger LOG = Logger.getLogger(DefaultInvitationSteps.class.getName());

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject InvitationRecords records;
  @Inject InvitationMails mails;

  static int reminderDays() {
    return ConfigProvider.getConfig().getOptionalValue("redheart.invitations.reminder-days", Integer.class).orElse(3);
  }

  static int followUpDays() {
    return ConfigProvider.getConfig().getOptionalValue("redheart.invitations.follow-up-days", Integer.class).orElse(7);
  }

  private Invitee invitee(String invitationId) {
    return records.byInvitation(invitationId)
        .orElseThrow(() -> new IllegalStateException("no invitation " + invitationId));
  }

  private Meeting meeting(Invitee i) {
    return em.find(Meeting.class, i.meetingId());
  }

  /** Sends a mail of a kind when the invitee's status is one of {@code statuses} and the meeting is active. */
  private void sendIf(String invitationId, String kind, java.util.Set<String> statuses) {
    Invitee i = records.byInvitation(invitationId).orElse(null);
    if (i == null) {
      LOG.warning(() -> "no invitation " + invitationId + " for a " + kind + " mail");
      return;
    }
    Meeting m = meeting(i);
    if (m == null || !m.isActive() || !statuses.contains(i.status())) {
      return;
    }
    mails.send(m, i, kind, true);
  }

  @Override
  public void sendInvitation(String invitationId) {
    sendIf(invitationId, InvitationMail.INVITATION, InvitationRules.SENT);
  }

  @Override
  public void sendReminder(String invitationId) {
    sendIf(invitationId, InvitationMail.REMINDER, java.util.Set.of(InvitationStatus.INVITED));
  }

  @Override
  public void sendConfirmation(String invitationId) {
    Invitee i = records.byInvitation(invitationId).orElse(null);
    if (i != null && InvitationStatus.ACCEPTED.equals(i.status()) && !i.confirmed()) {
      i.nextSequence(); // a REQUEST after a CANCEL must be newer than it
      i.confirmed(true);
    }
    sendIf(invitationId, InvitationMail.CONFIRMATION, java.util.Set.of(InvitationStatus.ACCEPTED));
  }

  @Override
  public void sendDayBefore(String invitationId) {
    sendIf(invitationId, InvitationMail.DAY_BEFORE, java.util.Set.of(InvitationStatus.ACCEPTED));
  }

  @Override
  public void sendUpdate(String invitationId) {
    sendIf(invitationId, InvitationMail.UPDATE, InvitationRules.SENT);
  }

  @Override
  public void sendCancellation(String invitationId) {
    Invitee i = records.byInvitation(invitationId).orElse(null);
    if (i == null) {
      return;
    }
    Meeting m = meeting(i);
    if (m == null) {
      return;
    }
    if (InvitationStatus.WITHDRAWN.equals(i.status()) || InvitationStatus.CANCELLED.equals(i.status())) {
      // the service told them when it withdrew them or cancelled the meeting; this finds that mail sent
      mails.send(m, i, InvitationMail.CANCELLATION, true);
      i.confirmed(false);
    } else if (i.confirmed() && !InvitationStatus.ACCEPTED.equals(i.status())) {
      // declined after accepting: the REQUEST they hold is cancelled (the answer raised the SEQUENCE)
      mails.send(m, i, InvitationMail.CANCELLATION, true);
      i.confirmed(false);
    }
  }

  @Override
  public String answer(String invitationId) {
    Invitee i = invitee(invitationId);
    return switch (i.status()) {
      case InvitationStatus.ACCEPTED, InvitationStatus.DECLINED, InvitationStatus.DELEGATED -> i.status();
      default -> InvitationStatus.INVITED;
    };
  }

  @Override
  public void answersTold(String invitationId) {
    Instant now = Instant.now();
    em.createQuery("select a from InvitationAnswer a where a.invitationId = :i and a.correlatedAt is null",
            InvitationAnswer.class)
        .setParameter("i", invitationId)
        .getResultList()
        .forEach(a -> a.told(now));
  }

  @Override
  public Instant reminderAt(String invitationId) {
    Invitee i = invitee(invitationId);
    Meeting m = meeting(i);
    Instant invited = i.invitedAt() == null ? Instant.now() : i.invitedAt();
    return ZoneTimes.sensible(invited.plus(Duration.ofDays(reminderDays())), mails.recipient(i.contactId(), m).zone());
  }

  @Override
  public Instant followUpAt(String invitationId) {
    Invitee i = invitee(invitationId);
    Instant invited = i.invitedAt() == null ? Instant.now() : i.invitedAt();
    return invited.plus(Duration.ofDays(followUpDays()));
  }

  @Override
  public Instant dayBeforeAt(String invitationId) {
    Invitee i = invitee(invitationId);
    Meeting m = meeting(i);
    return ZoneTimes.dayBefore(m.startsAt(), mails.recipient(i.contactId(), m).zone());
  }

  @Override
  public Instant endsAt(String invitationId) {
    Meeting m = meeting(invitee(invitationId));
    return InvitationRules.endOf(m.startsAt(), m.endsAt());
  }

  @Override
  public String organiserOf(String invitationId) {
    return meeting(invitee(invitationId)).organiserId();
  }

  private Meeting meetingById(String meetingId) {
    Meeting m = meetingId == null || meetingId.length() > 36 ? null : em.find(Meeting.class, meetingId);
    if (m == null) {
      throw new IllegalStateException("no meeting " + meetingId);
    }
    return m;
  }

  @Override
  public Instant participantsDayBeforeAt(String meetingId) {
    Meeting m = meetingById(meetingId);
    return ZoneTimes.dayBefore(m.startsAt(), m.zone());
  }

  @Override
  public void remindParticipants(String meetingId) {
    Meeting m = meetingById(meetingId);
    if (!m.isActive()) {
      return;
    }
    for (Invitee i : records.all(meetingId)) {
      if (!i.isSpeaker() && InvitationStatus.ACCEPTED.equals(i.status())) {
        mails.send(m, i, InvitationMail.DAY_BEFORE, true);
      }
    }
  }

  @Override
  public Instant meetingEndsAt(String meetingId) {
    Meeting m = meetingById(meetingId);
    return InvitationRules.endOf(m.startsAt(), m.endsAt());
  }
}
