package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Events;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.domain.DeliveryEntry;
import org.redheart.platform.domain.EventEntry;

@ApplicationScoped
@Transactional
public class DefaultEvents implements Events {
  private static final Set<String> STATES = Set.of(DeliveryEntry.PENDING, DeliveryEntry.PARKED, DeliveryEntry.DELIVERED);

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject EventHandlers handlers;
  @Inject EventDispatcher dispatcher;
  @Inject Background background;

  @Override
  public void publish(Object event) {
    if (event == null) {
      throw new InvalidInput("event", "is required");
    }
    String payload = JsonCodec.write(event);
    if (payload.length() > 20000) {
      throw new InvalidInput("event", "is too large (events carry ids, not documents)");
    }
    Instant now = Instant.now();
    EventEntry entry = new EventEntry(event.getClass().getName(), payload, now);
    em.persist(entry);
    em.flush(); // no JPA relation tells EclipseLink to insert the event before its deliveries (foreign key)
    List<String> deliveryIds = new ArrayList<>();
    for (String handler : handlers.namesFor(event.getClass())) {
      DeliveryEntry delivery = new DeliveryEntry(entry.id(), handler, now);
      em.persist(delivery);
      deliveryIds.add(delivery.id());
    }
    if (!deliveryIds.isEmpty()) {
      background.afterCommit(() -> dispatcher.deliverSoon(deliveryIds));
    }
  }

  @Override
  public Page<DeliveryInfo> deliveries(String state, PageRequest page, Actor admin) {
    requireAdmin(admin);
    String s = state == null || state.isBlank() ? DeliveryEntry.PARKED : state.strip().toUpperCase(java.util.Locale.ROOT);
    if (!STATES.contains(s)) {
      throw new InvalidInput("state", "must be one of " + STATES);
    }
    List<DeliveryInfo> items = em.createQuery(
            "select d, e from DeliveryEntry d, EventEntry e where d.eventId = e.id and d.status = :s "
                + "order by e.publishedAt desc, d.id", Object[].class)
        .setParameter("s", s)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultStream()
        .map(r -> info((DeliveryEntry) r[0], (EventEntry) r[1]))
        .toList();
    long total = em.createQuery("select count(d) from DeliveryEntry d where d.status = :s", Long.class)
        .setParameter("s", s).getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public List<DeliveryInfo> deliveriesOf(String eventId, Actor admin) {
    requireAdmin(admin);
    return em.createQuery(
            "select d, e from DeliveryEntry d, EventEntry e where d.eventId = e.id and e.id = :id order by d.handler",
            Object[].class)
        .setParameter("id", eventId)
        .getResultStream()
        .map(r -> info((DeliveryEntry) r[0], (EventEntry) r[1]))
        .toList();
  }

  @Override
  public void retryNow(String deliveryId, Actor admin) {
    requireAdmin(admin);
    DeliveryEntry d = deliveryId == null ? null : em.find(DeliveryEntry.class, deliveryId);
    if (d == null) {
      throw new NotFound("delivery", String.valueOf(deliveryId));
    }
    if (!d.retryNow(Instant.now())) {
      throw new org.redheart.platform.api.Conflict("the delivery has already succeeded");
    }
    background.afterCommit(() -> dispatcher.deliverSoon(List.of(deliveryId)));
  }

  private static DeliveryInfo info(DeliveryEntry d, EventEntry e) {
    return new DeliveryInfo(d.id(), e.id(), e.type(), d.handler(), d.status(), d.attempts(), e.publishedAt(),
        DeliveryEntry.PENDING.equals(d.status()) ? d.nextAttemptAt() : null, d.deliveredAt(), d.lastError());
  }

  private static void requireAdmin(Actor admin) {
    if (admin == null || !admin.has(Role.ADMIN)) {
      throw new Forbidden("admins only");
    }
  }
}
