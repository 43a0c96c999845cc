package org.redheart.platform.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redheart.platform.persistence.RateHits;

/**
 * Deletes expired one-time form tokens and old rate-limit hits every few minutes. Idempotent, so
 * every instance may run it; correctness never depends on it (expired rows are refused anyway).
 */
@ApplicationScoped
public class PublicFormHousekeeping {
  private static final Logger LOG = Logger.getLogger(PublicFormHousekeeping.class.getName());
  private static final long PERIOD_MINUTES = 10;
  /** Rate-limit windows are minutes; hits older than this belong to no window anyone counts. */
  private static final Duration HIT_RETENTION = Duration.ofHours(1);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject DefaultFormTokens formTokens;
  @Inject RateHits rateHits;

  private ScheduledFuture<?> task;

  void start(@Observes Startup startup) {
    task = executor.scheduleWithFixedDelay(this::purge, 1, PERIOD_MINUTES, TimeUnit.MINUTES);
  }

  void purge() {
    try {
      Instant now = Instant.now();
      int tokens = formTokens.purgeExpiredBefore(now);
      int hits = rateHits.purgeBefore(now.minus(HIT_RETENTION));
      if (tokens + hits > 0) {
        LOG.fine(() -> "Purged " + tokens + " expired form token(s) and " + hits + " old rate-limit hit(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Purging expired form tokens and rate-limit hits failed; will try again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
