package org.redheart.platform.api;

import java.time.Instant;

/**
 * Persisted events: how a must-happen reaction crosses modules. {@link #publish} writes the event
 * (a record carrying ids, stored as JSON with its type) in the caller's transaction, together with
 * one delivery per {@link EventHandler} of its type; nothing is published if that transaction rolls
 * back. After commit each delivery is attempted at once, and a poller on every instance picks up
 * what is due or was left by a crash. A failing handler is retried with spacing (10 s, 1 min,
 * 10 min, 1 h, then every 6 h) and parked with its error after {@code redheart.events.max-attempts}
 * attempts, for an admin to retry. Delivery is at least once: handlers must be idempotent.
 */
public interface Events {

  /**
   * Writes the event in the caller's transaction (or a new one when there is none).
   *
   * @throws InvalidInput when the event is null or cannot be stored as JSON
   */
  void publish(Object event);

  /** Admins: deliveries in a state ({@code PENDING}, {@code PARKED}, {@code DELIVERED}), newest first. */
  Page<DeliveryInfo> deliveries(String state, PageRequest page, Actor admin);

  /** Admins: the deliveries of one event. */
  java.util.List<DeliveryInfo> deliveriesOf(String eventId, Actor admin);

  /** Admins: makes a pending or parked delivery due now (a parked one starts its attempts again). */
  void retryNow(String deliveryId, Actor admin);

  /** One handler's delivery of one event, as admins see it. */
  record DeliveryInfo(
      String id,
      String eventId,
      String eventType,
      String handler,
      String state,
      int attempts,
      Instant publishedAt,
      Instant nextAttemptAt,
      Instant deliveredAt,
      String lastError) {}
}
