package org.redheart.platform.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.platform.api.Secrets;
import org.redheart.platform.persistence.SecretStore;

/**
 * Configured secrets win ({@code redheart.secret.<name>}); otherwise one is generated and stored in
 * {@code plt_setting} under {@code secret.<name>}, committed at once whatever the caller's
 * transaction does. Two instances starting at once both try to insert: the loser's insert fails on
 * the primary key and it reads the winner's value.
 */
@ApplicationScoped
public class DefaultSecrets implements Secrets {
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  @Inject SecretStore store;

  @Resource ManagedExecutorService executor;

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
        throw new IllegalStateException(
            "redheart.secret." + name + " must be at least 32 bytes long");
      }
      return bytes;
    }
    String key = "secret." + name;
    String value;
    try {
      value = isolated(() -> store.storedOrGenerated(key));
    } catch (RuntimeException e) {
      value = isolated(() -> store.stored(key)).orElseThrow(() -> e);
    }
    return Base64.getUrlDecoder().decode(value);
  }

  private <T> T isolated(Supplier<T> work) {
    if (executor == null) {
      return work.get();
    }
    try {
      return executor.submit(work::get).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading a secret", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("loading a secret took longer than 30 s", e);
    }
  }
}
