package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.InvitationCounts;
import org.redheart.meetings.api.Invitations;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.NotFound;

/**
 * The invitations section of the meeting page: the invitations in figures (accepted participants
 * against the room's capacity, waiting list, declined, no answer) and a link to the invitees page;
 * shown to whoever may read the meeting once someone is chosen.
 */
@Named
@RequestScoped
public class MeetingInvitationsSection {
  @Inject Invitations invitations;
  @Inject CurrentUser currentUser;

  private String loadedFor;
  private InvitationCounts counts;

  private void load(String meetingId) {
    if (meetingId == null || meetingId.equals(loadedFor)) {
      return;
    }
    loadedFor = meetingId;
    try {
      counts = invitations.counts(meetingId, currentUser.actor());
    } catch (Forbidden | NotFound e) {
      counts = null;
    }
  }

  /** Whether the section shows: the reader may see the meeting's invitations and someone was chosen. */
  public boolean visible(String meetingId) {
    load(meetingId);
    return counts != null && total(counts) > 0;
  }

  static int total(InvitationCounts c) {
    return c.chosen() + c.notSent() + c.invited() + c.acceptedOnSite() + c.acceptedOnline() + c.waiting() + c.declined()
        + c.withdrawn();
  }

  /** The counts, once {@link #visible} has loaded them. */
  public InvitationCounts getCounts() {
    return counts;
  }
}
