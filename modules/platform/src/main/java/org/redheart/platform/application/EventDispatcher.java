package org.redheart.platform.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.redheart.platform.api.ApplicationReady;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers persisted events: right after the publishing transaction commits, and from a poller
 * (every {@code redheart.events.poll-seconds} on the container's managed scheduled executor) that
 * takes what is due, was retried, or was left by a crashed instance (its lease expired). Nothing
 * here is needed for correctness but the database rows: the after-commit path only saves waiting.
 */
@ApplicationScoped
public class EventDispatcher {
  private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());
  private static final int BATCH = 50;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject DeliveryStore store;
  @Inject Background background;

  private volatile ScheduledFuture<?> poller;
  private volatile long lastWarning;

  void onStart(@Observes ApplicationReady ready) {
    long interval = background.eventPollInterval().toMillis();
    poller = scheduler.scheduleWithFixedDelay(this::poll, Math.max(interval, 3000), interval, TimeUnit.MILLISECONDS);
    LOG.info(() -> "Event delivery polls every " + interval + " ms as " + background.owner());
  }

  @PreDestroy
  void stop() {
    if (poller != null) {
      poller.cancel(false);
    }
  }

  /** After commit: tries these deliveries on the scheduler's threads, not the committing one. */
  public void deliverSoon(List<String> deliveryIds) {
    try {
      scheduler.execute(() -> deliveryIds.forEach(id -> {
        if (store.claim(id)) {
          attempt(id);
        }
      }));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not hand deliveries to the executor; the poller will", e);
    }
  }

  void poll() {
    try {
      List<String> claimed;
      do {
        claimed = store.claimDue(BATCH);
        claimed.forEach(this::attempt);
      } while (claimed.size() == BATCH);
    } catch (Throwable e) {
      // a throwing periodic task would never run again; the tables may not exist yet at start-up
      long now = System.currentTimeMillis();
      if (now - lastWarning > 60_000) {
        lastWarning = now;
        LOG.warning("Event delivery poll failed (will retry): " + DeliveryStore.describe(e));
      }
    }
  }

  private void attempt(String deliveryId) {
    try {
      store.deliver(deliveryId);
    } catch (Throwable e) {
      LOG.log(Level.INFO, "Event delivery " + deliveryId + " failed: " + DeliveryStore.describe(e));
      try {
        store.failed(deliveryId, e);
      } catch (RuntimeException again) {
        LOG.log(Level.WARNING, "Could not record the failure of delivery " + deliveryId + "; its lease will expire", again);
      }
    }
  }
}
