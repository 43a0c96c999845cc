package org.redheart.meetings.api;

import java.util.Map;
import org.redheart.platform.api.Actor;

/**
 * The forms of the lifecycle's steps: open one, save a draft, complete it. Only the task's assignee
 * or a user it is offered to may; an approval is refused to anyone who completed the step it
 * approves.
 *
 * @throws org.redheart.platform.api.NotFound for an unknown task
 * @throws org.redheart.platform.api.Conflict for a task that was already completed
 * @throws org.redheart.platform.api.Forbidden for a task that is not the actor's
 * @throws org.redheart.platform.api.InvalidInput for fields that break the step's rules
 */
public interface MeetingSteps {

  StepForm open(String taskId, Actor actor);

  void saveDraft(String taskId, Map<String, String> fields, Actor actor);

  void complete(String taskId, Map<String, String> fields, Actor actor);
}
