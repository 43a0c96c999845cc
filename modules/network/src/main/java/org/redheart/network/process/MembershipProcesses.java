package org.redheart.network.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.redheart.platform.api.ProcessResources;

/** The BPMN files the network module owns, deployed by the engine bootstrap. */
@ApplicationScoped
public class MembershipProcesses implements ProcessResources {
  @Override
  public List<String> bpmnResources() {
    return List.of(Membership.BPMN_RESOURCE);
  }
}
