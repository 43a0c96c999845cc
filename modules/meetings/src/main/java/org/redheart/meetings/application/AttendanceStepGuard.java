package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.redheart.meetings.api.AttendanceCounts;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.Meeting;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;

/**
 * Attendance completes once someone is checked in or a child headcount is recorded; the step's
 * record then holds the counts ({@code attendedCount} adults, {@code childrenCount}, {@code
 * walkInCount}, {@code byCategory} "categoryId:count" comma-separated, {@code overCapacity}).
 */
@ApplicationScoped
public class AttendanceStepGuard implements StepGuard {

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject DefaultAttendance attendance;
  @Inject AttendanceAccess access;

  @Override
  public Step step() {
    return Step.RECORD_ATTENDANCE;
  }

  @Override
  public void check(String meetingId, Map<String, String> fields, InvalidInput.Collector errors) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting != null && attendance.counts(meeting).total() == 0) {
      errors.add("attendedCount", "no one is checked in yet: check attendees in, or record the children's headcount");
    }
  }

  @Override
  public void completed(String meetingId, Map<String, String> fields, Actor actor, Map<String, Object> variables) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting == null) {
      return;
    }
    AttendanceCounts c = attendance.counts(meeting);
    access.latestRecord(meetingId, Step.RECORD_ATTENDANCE).ifPresent(r -> {
      Map<String, String> data = new LinkedHashMap<>(FormJson.read(r.data()));
      data.put("attendedCount", Integer.toString(c.adults()));
      data.put("childrenCount", Integer.toString(c.children()));
      data.put("walkInCount", Integer.toString(c.walkIns()));
      data.put("byCategory", c.byCategory().entrySet().stream()
          .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(",")));
      data.put("overCapacity", c.overCapacity() ? "yes" : "no");
      r.amendData(FormJson.write(data));
    });
    variables.put("attendedCount", c.total());
  }
}
