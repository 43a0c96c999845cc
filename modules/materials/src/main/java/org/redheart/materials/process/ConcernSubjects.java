package org.redheart.materials.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.redheart.materials.application.ConcernSteps;

/** {@code Gateway_SubjectIsMaterial}: {@code ${concernSubjects.isMaterial(concernId)}}. */
@Dependent
@Named("concernSubjects")
public class ConcernSubjects {

  @Inject ConcernSteps steps;

  public boolean isMaterial(String concernId) {
    return steps.isAboutMaterial(concernId);
  }
}
