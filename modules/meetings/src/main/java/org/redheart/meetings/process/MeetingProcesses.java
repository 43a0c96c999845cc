package org.redheart.meetings.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.redheart.platform.api.ProcessResources;

/** The BPMN files the meetings module owns, deployed by the engine bootstrap. */
@ApplicationScoped
public class MeetingProcesses implements ProcessResources {
  @Override
  public List<String> bpmnResources() {
    return List.of(MeetingLifecycle.BPMN_RESOURCE, MeetingLifecycle.DIGEST_BPMN_RESOURCE, ActionPlanFlow.BPMN_RESOURCE,
        InvitationFlow.SPEAKER_BPMN_RESOURCE, InvitationFlow.PARTICIPANTS_BPMN_RESOURCE);
  }
}
