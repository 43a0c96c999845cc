package org.redheart.platform.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.redheart.platform.api.ApplicationReady;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs the {@link OutboxDispatcher} every {@code redheart.mail.poll-millis} on the container's
 * managed scheduled executor (not an EJB timer). Each instance runs its own; they share the work
 * through leases in the database.
 */
@ApplicationScoped
public class DispatcherScheduler {
  private static final Logger LOG = Logger.getLogger(DispatcherScheduler.class.getName());

  @Resource(lookup = "java:app/jdbc/redheart")
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  private final java.util.List<OutboxDispatcher> dispatchers = new java.util.ArrayList<>();
  private final java.util.List<ScheduledFuture<?>> futures = new java.util.ArrayList<>();
  private volatile boolean schemaMissingLogged;

  void start(@Observes ApplicationReady ready) {
    MailSettings settings = MailSettings.from(ConfigProvider.getConfig());
    int senders = ConfigProvider.getConfig().getOptionalValue("redheart.mail.senders", Integer.class).orElse(4);
    for (int i = 0; i < Math.max(1, Math.min(senders, 16)); i++) {
      OutboxDispatcher dispatcher = new OutboxDispatcher(dataSource, settings, Clock.systemUTC(), senders);
      dispatchers.add(dispatcher);
      futures.add(executor.scheduleWithFixedDelay(() -> tick(dispatcher), Math.max(1000, settings.pollMillis()) + 97L * i,
          settings.pollMillis(), TimeUnit.MILLISECONDS));
    }
    LOG.info(() -> settings.smtpConfigured()
        ? "Mail dispatcher started: SMTP " + settings.host() + ":" + settings.port() + ", every " + settings.pollMillis() + " ms"
        : "Mail dispatcher started without an SMTP server: mail is kept in the outbox (HELD)");
  }

  void tick(OutboxDispatcher dispatcher) {
    try {
      OutboxDispatcher.Result r = dispatcher.drain(Duration.ofSeconds(30));
      if (r.handled() > 0) {
        LOG.fine(() -> "Mail dispatch: " + r);
      }
    } catch (java.sql.SQLException e) {
      // before the first migration the table is missing: say so once, quietly
      if (!schemaMissingLogged) {
        schemaMissingLogged = true;
        LOG.log(Level.INFO, "Mail dispatcher waiting for the database: {0}", e.getMessage());
      } else {
        LOG.log(Level.FINE, "Mail dispatch failed", e);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail dispatch failed; trying again at the next poll", e);
    }
  }

  @PreDestroy
  void stop() {
    futures.forEach(f -> f.cancel(false));
    dispatchers.forEach(OutboxDispatcher::close);
  }
}
