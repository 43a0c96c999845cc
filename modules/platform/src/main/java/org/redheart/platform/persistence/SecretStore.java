package org.redheart.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.redheart.platform.api.Tokens;
import org.redheart.platform.domain.Setting;

/**
 * Generated secrets in {@code plt_setting}. Generating commits on its own (REQUIRES_NEW): a secret
 * that a caller's rolled-back transaction took with it, while this instance kept using it from
 * memory, would sign links that no other instance (and no restart) accepts.
 */
@ApplicationScoped
public class SecretStore {
  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String storedOrGenerated(String key) {
    Setting existing = em.find(Setting.class, key);
    if (existing != null) {
      return existing.value();
    }
    String value = Tokens.random("", 48);
    em.persist(new Setting(key, value));
    em.flush();
    return value;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> stored(String key) {
    return Optional.ofNullable(em.find(Setting.class, key)).map(Setting::value);
  }
}
