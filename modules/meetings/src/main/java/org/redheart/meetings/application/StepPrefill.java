package org.redheart.meetings.application;

import java.util.Map;
import org.redheart.meetings.api.Step;
import org.redheart.platform.api.Actor;

/**
 * What a step's form holds when it opens and no draft was saved yet (the report's generated draft,
 * the post drawn from the approved report). Implement it as a CDI bean per step; {@link
 * DefaultMeetingSteps#open} asks it. It must not change anything (opening a form is a GET).
 */
public interface StepPrefill {

  Step step();

  /** Field values to start the form with; fields left out stay empty. */
  Map<String, String> prefill(String meetingId, Actor actor);
}
