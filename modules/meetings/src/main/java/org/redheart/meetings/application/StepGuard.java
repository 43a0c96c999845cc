package org.redheart.meetings.application;

import java.util.Map;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.InvalidInput;

/**
 * What a step with structured data (attendance, breakout groups, findings, the report...) checks and
 * does when its task is completed, beyond the form's own fields. Implement it as a CDI bean per step;
 * {@link DefaultMeetingSteps#complete} calls {@link #check} before anything is written and {@link
 * #completed} in the same transaction after the step's record is written (both may add process
 * variables, kept small: ids, flags and counts only).
 */
public interface StepGuard {

  /** The step this guard is for. */
  Step step();

  /**
   * Adds an error per broken rule (field names as the step's form or page uses them); nothing has
   * been written yet.
   */
  default void check(String meetingId, Map<String, String> fields, InvalidInput.Collector errors) {}

  /** Runs after the step's record is written, in the same transaction; may add process variables. */
  default void completed(String meetingId, Map<String, String> fields, Actor actor, Map<String, Object> variables) {}
}
