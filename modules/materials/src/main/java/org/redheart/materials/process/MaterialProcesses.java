package org.redheart.materials.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.redheart.platform.api.ProcessResources;

/** The BPMN files the materials module owns, deployed by the engine bootstrap. */
@ApplicationScoped
public class MaterialProcesses implements ProcessResources {
  @Override
  public List<String> bpmnResources() {
    return List.of(PublicationApproval.BPMN_RESOURCE, ConcernFlow.BPMN_RESOURCE, MeetingPost.BPMN_RESOURCE,
        PostPublication.BPMN_RESOURCE);
  }
}
