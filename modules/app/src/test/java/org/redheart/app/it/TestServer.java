package org.redheart.app.it;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Payara Micro with the built WAR, started once per test JVM (the failsafe run) and shared by
 * every HTTP, REST and browser test; stopped when the run ends. Its database comes from the
 * {@code it.api.db.*} system properties (H2 file or PostgreSQL). {@code -Dredheart.it.baseUrl=...}
 * points the tests at a server that already runs instead. The launch itself is {@link PayaraServer}'s,
 * which tests that need a server of their own (to kill and restart it) use directly.
 */
public final class TestServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
  private static final Object LOCK = new Object();
  private static TestServer instance;

  private final String baseUrl;
  private final String adminPassword;
  private final PayaraServer server;

  private TestServer(String baseUrl, String adminPassword, PayaraServer server) {
    this.baseUrl = baseUrl;
    this.adminPassword = adminPassword;
    this.server = server;
  }

  /** Registered with {@code @ExtendWith(TestServer.class)}; the shared instance does the work. */
  public TestServer() {
    this(null, null, null);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    synchronized (LOCK) {
      if (instance == null) {
        instance = start();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(TestServer.class.getName(), instance);
      }
    }
  }

  public static TestServer get() {
    synchronized (LOCK) {
      if (instance == null) {
        throw new IllegalStateException("annotate the test class with @ExtendWith(TestServer.class)");
      }
      return instance;
    }
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String adminPassword() {
    return adminPassword;
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
  }

  private static TestServer start() {
    String existing = System.getProperty("redheart.it.baseUrl");
    if (existing != null && !existing.isBlank()) {
      return new TestServer(existing, System.getProperty("redheart.it.adminPassword"), null);
    }
    Path target = Path.of(System.getProperty("redheart.it.target", "target"));
    java.util.Map<String, String> properties = new java.util.LinkedHashMap<>(PayaraServer.database("api"));
    // every test posts from 127.0.0.1: the hourly limit of network applications per address would stop them
    properties.put("redheart.network.applications-per-hour", "500");
    PayaraServer server = PayaraServer.start(Path.of(System.getProperty("redheart.it.war")), target.resolve("it-api-data"),
        "it-server", properties);
    return new TestServer(server.baseUrl(), server.adminPassword(), server);
  }
}
