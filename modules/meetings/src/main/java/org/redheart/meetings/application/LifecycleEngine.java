package org.redheart.meetings.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redheart.meetings.api.OpenStep;

/**
 * What the meetings module needs from the process engine, in its own words; implemented in {@code
 * process} so that the engine stays replaceable.
 */
public interface LifecycleEngine {

  /** Starts the lifecycle of a meeting (business key: the meeting id) in the caller's transaction. */
  void start(String meetingId, String organiserId);

  Optional<OpenStep> openStep(String taskId);

  /** Whether a task of a meeting lifecycle existed and has been completed. */
  boolean wasCompleted(String taskId);

  /** The candidates a task is offered to (user ids), for "whose task is it". */
  List<String> candidates(String taskId);

  List<OpenStep> openSteps(String meetingId);

  /** Completes the task with the given (small) variables, in the caller's transaction. */
  void complete(String taskId, Map<String, Object> variables);

  /**
   * Moves a rescheduled meeting's open tasks' due dates and every timer of its lifecycle: each open
   * or future step's overdue timer to its new due date ({@code dueByTaskKey}, task keys), and the
   * organiser's "1 day to go" reminder.
   */
  void reschedule(String meetingId, Map<String, Instant> dueByTaskKey, Instant oneDayToGo);

  /**
   * Tells the meeting's lifecycle its social post was published: the hand-over's receive task moves
   * on. Returns false when the lifecycle does not wait there (already told, cancelled, closed).
   */
  boolean postPublished(String meetingId);

  /** Ends the meeting's lifecycle (its open tasks and timers) with the reason, in the caller's transaction. */
  void cancel(String meetingId, String reason);

  /** The due date of a step, for a meeting starting at {@code startsAt}. */
  static Instant due(Instant startsAt, int dueDays) {
    return startsAt.plus(java.time.Duration.ofDays(dueDays));
  }
}
