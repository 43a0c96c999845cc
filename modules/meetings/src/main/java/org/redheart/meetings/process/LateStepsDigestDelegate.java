package org.redheart.meetings.process;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.redheart.meetings.application.DefaultLateStepsDigest;

/** {@code Task_SendLateStepsDigest} of {@code LateStepsDigestProcess}: the hourly tick of the daily digest. */
@Dependent
@Named("lateStepsDigest")
public class LateStepsDigestDelegate implements JavaDelegate {

  @Inject DefaultLateStepsDigest digest;

  @Override
  public void execute(DelegateExecution execution) {
    digest.runScheduled();
  }
}
