package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.redheart.platform.api.ErasedPerson;
import org.redheart.platform.api.ErasureParticipant;
import org.redheart.platform.domain.ApiToken;
import org.redheart.platform.domain.UserAccount;

/**
 * The user account: kept (its id is the actor of history and of engine tasks, so figures stay
 * right) but anonymised — no name, no address, no way to log in; its API tokens are revoked.
 */
@ApplicationScoped
public class UserErasure implements ErasureParticipant {
  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Override
  public String name() {
    return "platform.users";
  }

  @Override
  public int erase(ErasedPerson person) {
    UserAccount account = em.find(UserAccount.class, person.personId());
    if (account == null) {
      return 0;
    }
    account.anonymise();
    int tokens = 0;
    for (ApiToken t : em.createQuery("select t from ApiToken t where t.userId = :u", ApiToken.class)
        .setParameter("u", person.personId()).getResultList()) {
      t.revoke();
      t.anonymise();
      tokens++;
    }
    return 1 + tokens;
  }
}
