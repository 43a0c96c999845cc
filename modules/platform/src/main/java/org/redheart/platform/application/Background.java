package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the background machinery (event delivery, jobs) shares: this instance's lease owner name,
 * its settings ({@code redheart.events.*}, {@code redheart.jobs.*}), and "run this after the
 * current transaction commits".
 */
@ApplicationScoped
public class Background {
  private final String owner = "i-" + UUID.randomUUID().toString().substring(0, 18);

  /** The name this instance writes into lease columns. */
  public String owner() {
    return owner;
  }

  public Duration eventPollInterval() {
    return Duration.ofMillis(Math.max(200, Math.round(number("redheart.events.poll-seconds", 5) * 1000)));
  }

  public Duration eventLease() {
    return Duration.ofSeconds(Math.max(10, (long) number("redheart.events.lease-seconds", 120)));
  }

  public int eventMaxAttempts() {
    return Math.max(1, (int) number("redheart.events.max-attempts", 12));
  }

  public Duration jobLease() {
    return Duration.ofSeconds(Math.max(6, (long) number("redheart.jobs.lease-seconds", 30)));
  }

  public int jobsPerInstance() {
    return Math.max(1, (int) number("redheart.jobs.per-instance", 2));
  }

  /** PostgreSQL claims candidate rows with {@code FOR UPDATE SKIP LOCKED}; H2 has one instance. */
  public boolean postgres() {
    return config().getOptionalValue("redheart.db.url", String.class).orElse("").startsWith("jdbc:postgresql");
  }

  /**
   * Runs {@code task} once the current transaction has committed (never when it rolls back); at
   * once when there is no transaction. The task must not need the transaction: it is meant to hand
   * work to an executor.
   */
  public void afterCommit(Runnable task) {
    TransactionSynchronizationRegistry registry = registry();
    if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      task.run();
      return;
    }
    registry.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          task.run();
        }
      }
    });
  }

  private static TransactionSynchronizationRegistry registry() {
    try {
      return (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
    } catch (NamingException e) {
      return null;
    }
  }

  private static double number(String key, double fallback) {
    return config().getOptionalValue(key, Double.class).orElse(fallback);
  }

  private static Config config() {
    return ConfigProvider.getConfig();
  }
}
