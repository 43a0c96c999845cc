package org.redheart.meetings.api;

import java.time.Instant;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * My tasks for the meeting lifecycle, from the step-status table: open steps assigned to the actor or
 * offered to them (approvals), soonest due first.
 */
public interface LifecycleWork {

  Page<WorkStep> openFor(Actor actor, boolean approvalsOnly, PageRequest page);

  /** An open step of a meeting, with its task. */
  record WorkStep(
      String taskId, String meetingId, String step, String assigneeId, Instant dueAt, boolean shortNotice,
      Instant openedAt) {}
}
