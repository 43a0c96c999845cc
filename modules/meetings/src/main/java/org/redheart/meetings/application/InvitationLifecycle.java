package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.meetings.domain.InvitationMail;
import org.redheart.meetings.domain.InvitationRules;
import org.redheart.meetings.domain.Invitee;
import org.redheart.meetings.domain.Meeting;

/**
 * What a meeting's move or cancellation does to its invitations, in the caller's transaction: every
 * invitation sent gets a higher calendar SEQUENCE; participants are mailed here (an update: REQUEST
 * once accepted, else a new PUBLISH with the answer link; a cancellation: METHOD:CANCEL), speakers
 * through their processes (a move) or here (a cancellation, their processes end).
 */
@ApplicationScoped
public class InvitationLifecycle {

  @Inject InvitationRecords records;
  @Inject InvitationMails mails;
  @Inject InvitationEngine engine;

  /** The meeting has moved (its new times are set on it). */
  public void moved(Meeting meeting) {
    List<String> speakers = new ArrayList<>();
    boolean any = false;
    for (Invitee i : records.all(meeting.id())) {
      if (!InvitationRules.SENT.contains(i.status())) {
        continue;
      }
      any = true;
      i.nextSequence();
      if (i.isSpeaker()) {
        speakers.add(i.invitationId());
      } else {
        mails.send(meeting, i, InvitationMail.UPDATE, true);
      }
    }
    records.em().flush();
    if (any) {
      engine.meetingMoved(meeting.id(), speakers); // speakers' updates, and every invitation timer of the meeting
    }
  }

  /** The meeting is cancelled (its status set): everyone sent an invitation is told, their processes end. */
  public void cancelled(Meeting meeting) {
    List<String> speakers = new ArrayList<>();
    boolean any = false;
    for (Invitee i : records.all(meeting.id())) {
      if (!InvitationRules.SENT.contains(i.status())) {
        continue;
      }
      any = true;
      i.nextSequence();
      i.closed(InvitationStatus.CANCELLED, null);
      mails.send(meeting, i, InvitationMail.CANCELLATION, true, meeting.cancelReason());
      i.confirmed(false);
      if (i.isSpeaker()) {
        speakers.add(i.invitationId());
      }
    }
    records.em().flush();
    if (any) {
      engine.meetingCancelled(meeting.id(), speakers);
    }
  }
}
