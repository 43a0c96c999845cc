package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.platform.api.Secrets;
import org.redheart.platform.api.Tokens;
import org.redheart.platform.domain.Setting;

/**
 * Configured secrets win ({@code redheart.secret.<name>}); otherwise one is generated and stored in
 * {@code plt_setting} under {@code secret.<name>}. Two instances starting at once both try to insert:
 * the loser's insert fails on the primary key and it reads the winner's value.
 */
@ApplicationScoped
public class DefaultSecrets implements Secrets {
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  @Inject Store store;

  @Override
  public byte[] get(String name) {
    return cache.computeIfAbsent(name, this::load);
  }

  private byte[] load(String name) {
    Optional<String> configured =
        ConfigProvider.getConfig().getOptionalValue("redheart.secret." + name, String.class)
            .filter(s -> !s.isBlank());
    if (configured.isPresent()) {
      byte[] bytes = configured.get().getBytes(StandardCharsets.UTF_8);
      if (bytes.length < 32) {
        throw new IllegalStateException("redheart.secret." + name + " must be at least 32 bytes long");
      }
      return bytes;
    }
    String key = "secret." + name;
    String value;
    try {
      value = store.readOrCreate(key);
    } catch (RuntimeException lostTheRace) {
      value = store.read(key).orElseThrow(() -> lostTheRace);
    }
    return Base64.getUrlDecoder().decode(value);
  }

  /** The stored secrets, each read or created in a transaction of its own. */
  @ApplicationScoped
  public static class Store {
    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String readOrCreate(String key) {
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
    public Optional<String> read(String key) {
      return Optional.ofNullable(em.find(Setting.class, key)).map(Setting::value);
    }
  }
}
