package org.redheart.materials.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.redheart.platform.api.ProcessResources;

/** The safeguarding concern's BPMN file, deployed by the engine bootstrap. */
@ApplicationScoped
public class ConcernProcesses implements ProcessResources {
  @Override
  public List<String> bpmnResources() {
    return List.of(ConcernFlow.BPMN_RESOURCE);
  }
}
