package org.redheart.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.redheart.network.domain.Application;
import org.redheart.network.persistence.NetworkStore;
import org.redheart.platform.api.ErasedPerson;
import org.redheart.platform.api.ErasureParticipant;

/**
 * Erasure participant {@code network.applications}: anonymises the applications holding the
 * person's e-mail addresses or contact id, and clears the directory copy of their name on their
 * membership. States and dates stay, so the network's figures stay right. Idempotent.
 */
@ApplicationScoped
public class NetworkErasure implements ErasureParticipant {

  @Inject NetworkStore store;

  @Override
  public String name() {
    return "network.applications";
  }

  @Override
  public int erase(ErasedPerson person) {
    int count = 0;
    for (Application a : store.applicationsOf(person.emails(), person.personId())) {
      a.anonymise();
      count++;
    }
    var member = store.memberOfContact(person.personId());
    if (member.isPresent()) {
      member.get().anonymise();
      count++;
    }
    return count;
  }
}
