package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.meetings.application.PostHandOverSteps;

/**
 * {@code Task_HandOverSocialPost}: hands the meeting's social post to the materials module (the
 * persisted event SocialPostRequested, in the engine's transaction), with the text a lifecycle
 * migrated from an old post step had; that variable is removed once handed over.
 */
@Dependent
@Named("meetingPostHandOver")
public class MeetingPostHandOverDelegate implements JavaDelegate {

  @Inject PostHandOverSteps handOver;

  @Override
  public void execute(DelegateExecution execution) {
    Object text = execution.getVariable(MeetingLifecycle.VAR_MIGRATED_POST_TEXT);
    handOver.request((String) execution.getVariable(MeetingLifecycle.VAR_MEETING_ID),
        text == null ? null : text.toString());
    if (text != null) {
      execution.removeVariable(MeetingLifecycle.VAR_MIGRATED_POST_TEXT);
    }
  }
}
