package org.redheart.app.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.EventHandler;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

/**
 * A handler deployed only with the restart test: fails while {@link #FAILING} is set (at start from
 * {@code -Dredheart.it.failEvents}), otherwise records one audit entry per event. Idempotent the way
 * real handlers are: it looks for the entry an earlier attempt may have written before writing one.
 */
@ApplicationScoped
public class ItFlakyHandler implements EventHandler<ItEventHappened> {
  public static final AtomicBoolean FAILING = new AtomicBoolean(Boolean.getBoolean("redheart.it.failEvents"));
  private static final Actor SYSTEM = new Actor(Audit.SYSTEM, EnumSet.of(Role.ADMIN));

  @Inject Audit audit;

  @Override
  public Class<ItEventHappened> eventType() {
    return ItEventHappened.class;
  }

  @Override
  public void handle(ItEventHappened event, Delivery delivery) {
    if (FAILING.get()) {
      throw new IllegalStateException("failing on purpose (attempt " + delivery.attempt() + ")");
    }
    String subject = "it:" + event.name();
    if (audit.search(new Audit.Filter(null, "it.event-handled", subject, null, null), new PageRequest(0, 1), SYSTEM).total() > 0) {
      return;
    }
    audit.record(Audit.SYSTEM, "it.event-handled", subject, Map.of("event", delivery.eventId(), "attempt",
        Integer.toString(delivery.attempt())));
  }
}
