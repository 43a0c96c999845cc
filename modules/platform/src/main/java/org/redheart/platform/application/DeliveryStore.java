package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.redheart.platform.api.EventHandler;
import org.redheart.platform.domain.DeliveryEntry;
import org.redheart.platform.domain.EventEntry;
import org.redheart.platform.domain.DeliveryRetrySchedule;

/**
 * The transactional steps of delivering an event, each in a transaction of its own: claim (set a
 * lease), deliver (the handler's work and "delivered" commit together), record a failure.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class DeliveryStore {
  private static final String CLAIM =
      "update plt_event_delivery set lease_owner = ?, lease_until = ? where id = ? and status = 'PENDING' "
          + "and next_attempt_at <= ? and (lease_until is null or lease_until < ?)";

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject EventHandlers handlers;
  @Inject Background background;

  /** Claims up to {@code limit} due deliveries for this instance; returns their ids. */
  public List<String> claimDue(int limit) {
    Timestamp now = Timestamp.from(Instant.now());
    String select = "select id from plt_event_delivery where status = 'PENDING' and next_attempt_at <= ? "
        + "and (lease_until is null or lease_until < ?) order by next_attempt_at limit " + limit
        + (background.postgres() ? " for update skip locked" : "");
    @SuppressWarnings("unchecked")
    List<Object> candidates = em.createNativeQuery(select).setParameter(1, now).setParameter(2, now).getResultList();
    List<String> claimed = new ArrayList<>();
    for (Object id : candidates) {
      if (claimOne(id.toString(), now)) {
        claimed.add(id.toString());
      }
    }
    return claimed;
  }

  /** Claims one delivery if it is due and nobody holds it. */
  public boolean claim(String deliveryId) {
    return claimOne(deliveryId, Timestamp.from(Instant.now()));
  }

  private boolean claimOne(String id, Timestamp now) {
    Timestamp until = Timestamp.from(now.toInstant().plus(background.eventLease()));
    return em.createNativeQuery(CLAIM)
        .setParameter(1, background.owner())
        .setParameter(2, until)
        .setParameter(3, id)
        .setParameter(4, now)
        .setParameter(5, now)
        .executeUpdate() == 1;
  }

  /**
   * Calls the handler and marks the delivery done, in one transaction; any exception rolls both
   * back. Returns false when this instance no longer holds the delivery.
   */
  @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
  public boolean deliver(String deliveryId) {
    DeliveryEntry delivery = em.find(DeliveryEntry.class, deliveryId);
    if (delivery == null || !delivery.heldBy(background.owner())) {
      return false;
    }
    EventEntry event = em.find(EventEntry.class, delivery.eventId());
    EventHandler<?> handler = handlers.byName(delivery.handler()).orElseThrow(
        () -> new IllegalStateException("no handler " + delivery.handler() + " in this application"));
    call(handler, event, delivery.attempts() + 1);
    delivery.delivered(Instant.now());
    return true;
  }

  private static <E> void call(EventHandler<E> handler, EventEntry event, int attempt) {
    E payload = JsonCodec.read(event.payload(), handler.eventType());
    handler.handle(payload, new EventHandler.Delivery(event.id(), event.publishedAt(), attempt));
  }

  /** Records a failed attempt: the next one is spaced out, or the delivery is parked. */
  public void failed(String deliveryId, Throwable error) {
    DeliveryEntry delivery = em.find(DeliveryEntry.class, deliveryId);
    if (delivery == null || !delivery.heldBy(background.owner())) {
      return;
    }
    delivery.failed(describe(error), new DeliveryRetrySchedule(background.eventMaxAttempts()), Instant.now());
  }

  static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root
        && (root instanceof jakarta.transaction.TransactionalException || root.getMessage() == null)) {
      root = root.getCause();
    }
    return root.getClass().getName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
