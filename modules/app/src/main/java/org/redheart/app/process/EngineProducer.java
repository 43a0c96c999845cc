package org.redheart.app.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;

/** Makes the engine built by {@link EngineBootstrap} injectable into the modules' process packages. */
@ApplicationScoped
public class EngineProducer {
  @Inject EngineBootstrap bootstrap;

  @Produces
  ProcessEngine engine() {
    ProcessEngine engine = bootstrap.getEngine();
    if (engine == null) {
      throw new IllegalStateException("the process engine is not started");
    }
    return engine;
  }
}
