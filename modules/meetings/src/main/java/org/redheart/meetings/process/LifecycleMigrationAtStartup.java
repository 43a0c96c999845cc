package org.redheart.meetings.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redheart.platform.api.ApplicationReady;

/** Runs {@link LifecycleMigration} once the engine has deployed the latest BPMN. */
@ApplicationScoped
public class LifecycleMigrationAtStartup {
  private static final Logger LOG = Logger.getLogger(LifecycleMigrationAtStartup.class.getName());

  @Inject LifecycleMigration migration;

  void onStart(@Observes ApplicationReady ready) {
    try {
      migration.run();
    } catch (RuntimeException e) {
      // another instance may be migrating the same lifecycles: the next start tries again
      LOG.log(Level.WARNING, "Migrating meeting lifecycles to the latest process version failed", e);
    }
  }
}
