package org.redheart.app.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A delegate deployed only with the container tests: counts how often the engine called it. */
@ApplicationScoped
@Named("itProbe")
public class ItProbe implements JavaDelegate {
  public static final AtomicInteger CALLS = new AtomicInteger();

  @Override
  public void execute(DelegateExecution execution) {
    CALLS.incrementAndGet();
  }
}
