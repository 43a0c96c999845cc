package org.redheart.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redheart.app.security.CurrentUser;
import org.redheart.meetings.api.Attendance;
import org.redheart.meetings.api.AttendanceCounts;
import org.redheart.meetings.api.BreakoutGroups;
import org.redheart.meetings.api.BreakoutGroups.GroupsPlan;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.NotFound;

/** The attendance and breakout-groups sections of the meeting page (shown to the campaign's organisers and supervisors). */
@Named
@RequestScoped
public class MeetingAttendanceSection {
  @Inject Attendance attendance;
  @Inject BreakoutGroups groups;
  @Inject CurrentUser currentUser;

  private String loadedFor;
  private AttendanceCounts counts;
  private GroupsPlan plan;

  private void load(String meetingId) {
    if (meetingId == null || meetingId.equals(loadedFor)) {
      return;
    }
    loadedFor = meetingId;
    try {
      counts = attendance.counts(meetingId, currentUser.actor());
      plan = groups.plan(meetingId, currentUser.actor());
    } catch (Forbidden | NotFound e) {
      counts = null;
      plan = null;
    }
  }

  public boolean visible(String meetingId) {
    load(meetingId);
    return counts != null;
  }

  /** The counts, once {@link #visible} has loaded them. */
  public AttendanceCounts getCounts() {
    return counts;
  }

  /** The groups, once {@link #visible} has loaded them. */
  public GroupsPlan getPlan() {
    return plan;
  }
}
