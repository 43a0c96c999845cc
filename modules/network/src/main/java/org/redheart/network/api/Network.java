package org.redheart.network.api;

import java.util.List;
import java.util.Optional;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The campaign's network: members (contacts who joined), their history, volunteers, figures, and
 * leaving. Every user role may read it; leaving on a member's behalf needs a signed-in user.
 * Leaving ends membership only: a bulletin unsubscribe withdraws bulletin consent and leaves the
 * membership as it is.
 *
 * <p>Other modules use {@link #isMember}, {@link #markVolunteer} (the meeting lifecycle, for
 * attendees who volunteer) and {@link #leaveLink} (every network mail carries one).
 */
public interface Network {

  /** The purpose the leave links are signed for; they never expire. */
  String LEAVE_PURPOSE = "network-leave";

  /** The public page a leave link opens (the link adds {@code ?t=<token>}). */
  String LEAVE_PAGE = "/public/leave.xhtml";

  /** The one-time-token form name of the leave page (bound to the link token). */
  String LEAVE_FORM = "network-leave";

  /** Whether the contact is an active member. */
  boolean isMember(String contactId);

  /**
   * Marks an active member as a volunteer because they volunteered at a meeting; idempotent per
   * meeting. Returns false when the contact is no active member (nothing recorded).
   */
  boolean markVolunteer(String contactId, String meetingId, Actor actor);

  /** A never-expiring signed token that lets the member leave. */
  String leaveToken(String memberId);

  /** The absolute address of the leave page for the member (public base URL + page + token). */
  String leaveLink(String memberId);

  Page<MemberSummary> directory(MemberQuery query, PageRequest page, Actor actor);

  MemberDetails member(String memberId, Actor actor);

  Optional<MemberSummary> memberOfContact(String contactId);

  /** Members counted by country, district and category, and growth per month. */
  NetworkStats stats(Actor actor);

  /** A staff member ends a membership from the member's page; idempotent. */
  MemberSummary leave(String memberId, Actor actor);

  /** How a leave through a link ended. */
  enum LeaveOutcome {
    /** The member has left (now, or before: idempotent). */
    LEFT,
    /** The link or the form token was forged or used: nothing changed. */
    INVALID
  }

  /** The member a leave link names, if the link is genuine (a GET shows the page). */
  Optional<MemberSummary> leaveLinkMember(String linkToken);

  /** Leaves through the link's page, consuming its one-time form token. */
  LeaveOutcome leaveByLink(String linkToken, String formToken);

  /** Active members' ids of the given contacts, for modules that list people (unknown left out). */
  List<String> activeMemberContactIds(java.util.Collection<String> contactIds);

  /**
   * Active members matching the query (its state is ignored), in member-id order after {@code
   * afterMemberId} (null for the start), at most {@code limit} (1–1000): a keyset walk for bulk sends
   * over 100,000 members. For modules only (no actor): the caller checks its own rights.
   */
  List<MemberSummary> activeMembersAfter(MemberQuery query, String afterMemberId, int limit);

  /** How many active members match the query (its state is ignored). */
  long countActive(MemberQuery query);
}
