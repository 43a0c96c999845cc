package org.redheart.meetings.process;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redheart.platform.api.ApplicationReady;

/**
 * Runs {@link LifecycleMigration} once the engine has deployed the latest BPMN: on the managed
 * executor, because {@link ApplicationReady} is fired while the engine's bootstrap singleton is still
 * starting, and asking it for the engine on that thread would be a loopback call.
 */
@ApplicationScoped
public class LifecycleMigrationAtStartup {
  private static final Logger LOG = Logger.getLogger(LifecycleMigrationAtStartup.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject LifecycleMigration migration;

  void onStart(@Observes ApplicationReady ready) {
    executor.execute(() -> {
      try {
        migration.run();
      } catch (RuntimeException e) {
        // another instance may be migrating the same lifecycles: the next start tries again
        LOG.log(Level.WARNING, "Migrating meeting lifecycles to the latest process version failed", e);
      }
    });
  }
}
