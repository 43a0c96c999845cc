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
  public java.util.Set<String> suppressedAmong(java.util.Collection<String> addresses) {
    java.util.Map<String, String> byHash = new java.util.HashMap<>();
    for (String address : addresses) {
      if (address != null && !address.isBlank()) {
        byHash.put(Addresses.hash(address), address);
      }
    }
    java.util.Set<String> found = new java.util.HashSet<>();
    java.util.List<String> hashes = new java.util.ArrayList<>(byHash.keySet());
    for (int from = 0; from < hashes.size(); from += 500) {
      em.createQuery("select s.addressHash from SuppressedAddress s where s.addressHash in :h", String.class)
          .setParameter("h", hashes.subList(from, Math.min(hashes.size(), from + 500)))
          .getResultStream()
          .forEach(h -> found.add(byHash.get(h)));
    }
    return found;
  }

  @Override
  public boolean isSuppressed(String address) {
    return address != null && !address.isBlank() && em.find(SuppressedAddress.class, Addresses.hash(address)) != null;
  }
}
