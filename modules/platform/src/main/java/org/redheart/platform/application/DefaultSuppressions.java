package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.SuppressionReason;
import org.redheart.platform.api.Suppressions;
import org.redheart.platform.domain.Addresses;
import org.redheart.platform.domain.SuppressedAddress;

@ApplicationScoped
@Transactional
public class DefaultSuppressions implements Suppressions {
  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Override
  public void suppress(String address, SuppressionReason reason) {
    if (address == null || address.isBlank()) {
      throw new InvalidInput("address", "is required");
    }
    String hash = Addresses.hash(address);
    if (em.find(SuppressedAddress.class, hash) == null) {
      em.persist(new SuppressedAddress(hash, reason));
    }
  }

  @Override
  public boolean isSuppressed(String address) {
    return address != null && !address.isBlank() && em.find(SuppressedAddress.class, Addresses.hash(address)) != null;
  }
}
