package org.redheart.reporting.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.redheart.platform.api.ProcessResources;

/** The BPMN files the reporting module owns, deployed by the engine bootstrap. */
@ApplicationScoped
public class ReportingProcesses implements ProcessResources {
  @Override
  public List<String> bpmnResources() {
    return List.of(ResultsReportProcess.BPMN_RESOURCE);
  }
}
