package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.InvitationCounts;
import org.redheart.meetings.api.InvitationStatus;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
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

  /** How many invitees the meeting page lists; the invitees page pages through all of them. */
  static final int SHOWN = 25;

  private String loadedFor;
  private InvitationCounts counts;
  private Page<InvitationStatus> first;

  private void load(String meetingId) {
    if (meetingId == null || meetingId.equals(loadedFor)) {
      return;
    }
    loadedFor = meetingId;
    try {
      counts = invitations.counts(meetingId, currentUser.actor());
      first = invitations.list(meetingId, new PageRequest(0, SHOWN), currentUser.actor());
    } catch (Forbidden | NotFound e) {
      counts = null;
      first = null;
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

  /** The first invitees (speakers first) with their answer and the status of their last mail. */
  public Page<InvitationStatus> getFirst() {
    return first;
  }

  /** Whether there are more invitees than the meeting page lists. */
  public boolean isMore() {
    return first != null && first.total() > first.items().size();
  }

  /** The counts, once {@link #visible} has loaded them. */
  public InvitationCounts getCounts() {
    return counts;
  }
}
