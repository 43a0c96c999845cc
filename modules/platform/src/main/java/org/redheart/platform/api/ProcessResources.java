package org.redheart.platform.api;

import java.util.List;

/**
 * Implemented by each module that owns BPMN processes: the class-path names of its process files
 * (under {@code bpmn/<module>/}), deployed by the engine bootstrap at start.
 */
public interface ProcessResources {
  List<String> bpmnResources();
}
