package org.redheart.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.redheart.meetings.api.MeetingSummary;
import org.redheart.meetings.api.Step;
import org.redheart.meetings.domain.Meeting;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Users;

/**
 * What the lifecycle process asks of the meetings module when a step opens or the lifecycle ends:
 * who gets the step, when it is due, and the meeting's stage.
 */
@ApplicationScoped
@Transactional
public class LifecycleSteps {
  private static final Logger LOG = Logger.getLogger(LifecycleSteps.class.getName());
  private static final int MAX_CANDIDATES = 200;

  @PersistenceContext(unitName = "meetings")
  EntityManager em;

  @Inject Users users;

  /** Who a newly opened step goes to, and when it is due. */
  public record Opening(String assigneeId, List<String> candidateIds, Instant dueAt) {}

  public Opening opened(String meetingId, String taskKey) {
    Meeting meeting = meeting(meetingId);
    Step step = Step.byTaskKey(taskKey).orElseThrow(() -> new IllegalArgumentException("unknown step " + taskKey));
    meeting.moveTo(taskKey);
    Instant due = LifecycleEngine.due(meeting.startsAt().toInstant(), step.dueDays());
    if (!step.approval()) {
      return new Opening(meeting.organiserId(), List.of(), due);
    }
    Set<String> editors = editorsOf(meetingId, step.approves());
    List<String> eligible =
        users.idsWithRole(Role.SUPERVISOR, MAX_CANDIDATES + editors.size()).stream()
            .filter(id -> !editors.contains(id))
            .limit(MAX_CANDIDATES)
            .toList();
    if (eligible.isEmpty()) {
      // TODO(platform issue): tell admins by mail through the outbox; until then the log says it
      LOG.warning("No eligible supervisor for " + taskKey + " of meeting " + meetingId
          + ": every supervisor edited what is to be approved, or there is none. An admin must add one.");
    }
    return new Opening(null, eligible, due);
  }

  public void ended(String meetingId) {
    meeting(meetingId).moveTo(MeetingSummary.COMPLETED);
  }

  /** Users who completed (edited) the given step of the meeting. */
  Set<String> editorsOf(String meetingId, Step step) {
    return new LinkedHashSet<>(
        em.createQuery(
                "select distinct r.completedBy from StepRecordEntry r where r.meetingId = :m and r.step = :s", String.class)
            .setParameter("m", meetingId)
            .setParameter("s", step.taskKey())
            .getResultList());
  }

  private Meeting meeting(String meetingId) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting == null) {
      throw new NotFound("meeting", meetingId);
    }
    return meeting;
  }
}
