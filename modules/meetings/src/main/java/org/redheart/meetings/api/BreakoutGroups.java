package org.redheart.meetings.api;

import java.util.List;
import java.util.Map;
import org.redheart.platform.api.Actor;

/**
 * The breakout groups of a meeting (step {@link Step#ASSIGN_BREAKOUT_GROUPS}): groups from the
 * concept note's {@code themes} ("CODE | theme" a line) and {@code plannedGroups}; attendees
 * assigned automatically, balanced in size and stakeholder-category mix, respecting people pinned
 * by hand; a facilitator and a rapporteur per group. Only organisers and supervisors of the
 * meeting's campaign.
 *
 * @throws org.redheart.platform.api.InvalidInput per field ({@code groupCount}, {@code groups},
 *     {@code pins}, {@code leads}); nothing is changed
 */
public interface BreakoutGroups {

  /** The saved groups (empty before the first assignment), the attendees and the planned groups. */
  GroupsPlan plan(String meetingId, Actor actor);

  /**
   * Assigns every attendee and saves the groups, replacing an earlier assignment (leads who stay in
   * their group are kept).
   *
   * @param groupCount null for the concept note's planned number of groups (else its themes' number)
   * @param pins attendee id to group position (0-based), put there by hand; null keeps the saved pins
   * @param seed another seed shuffles people of a category among groups, keeping the balance
   */
  GroupsPlan assign(String meetingId, Integer groupCount, Map<Long, Integer> pins, long seed, Actor actor);

  /** Sets the facilitator and rapporteur (attendee ids, members of the group) of groups by position. */
  GroupsPlan saveLeads(String meetingId, List<GroupLeads> leads, Actor actor);

  /** What still stops the step from completing (no groups, people unassigned, missing leads); empty when ready. */
  List<String> missing(String meetingId);

  /** A group's leads as set by the organiser. */
  record GroupLeads(int position, Long facilitatorId, Long rapporteurId) {}

  /** A member of a group as the lists show them. */
  record Member(long attendeeId, String name, Long categoryId, boolean pinned) {}

  /** A saved group. */
  record Group(long id, int position, String themeCode, String theme, Long facilitatorId, Long rapporteurId,
      List<Member> members) {}

  /**
   * The plan: {@code plannedGroups} and {@code themes} (code to theme, in order) from the concept
   * note; {@code attendees} everyone checked in; {@code groups} as saved; {@code missing} as {@link
   * #missing}.
   */
  record GroupsPlan(String meetingId, int plannedGroups, List<Theme> themes, List<AttendeeInfo> attendees,
      List<Group> groups, List<String> missing) {}

  /** A breakout theme from the concept note. */
  record Theme(String code, String theme) {}
}
