package org.redheart.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.redheart.contacts.api.ContactsMerged;
import org.redheart.network.persistence.NetworkStore;
import org.redheart.platform.api.EventHandler;

/**
 * Re-points members and applications from a merged contact to the survivor. Idempotent: a second
 * delivery finds nothing left under the merged id. When both contacts were members, the survivor's
 * membership stays (active if either was) and takes the merged one's history.
 */
@ApplicationScoped
public class NetworkContactsMerged implements EventHandler<ContactsMerged> {

  @Inject NetworkStore store;

  @Override
  public Class<ContactsMerged> eventType() {
    return ContactsMerged.class;
  }

  @Override
  @Transactional
  public void handle(ContactsMerged event, Delivery delivery) {
    if (event.mergedId() == null || event.survivorId() == null || event.mergedId().equals(event.survivorId())) {
      return;
    }
    store.repoint(event.mergedId(), event.survivorId(), Instant.now());
  }
}
