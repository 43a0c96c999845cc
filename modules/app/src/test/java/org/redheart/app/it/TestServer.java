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
  /** The local fake of the Facebook Graph API the server's page channel talks to (null for a server already running). */
  private final FakeGraphApi graph;

  private TestServer(String baseUrl, String adminPassword, PayaraServer server, FakeGraphApi graph) {
    this.baseUrl = baseUrl;
    this.adminPassword = adminPassword;
    this.server = server;
    this.graph = graph;
  }

  /** Registered with {@code @ExtendWith(TestServer.class)}; the shared instance does the work. */
  public TestServer() {
    this(null, null, null, null);
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

  /** The fake Graph API (started with the server; the page channel is configured to use it). */
  public FakeGraphApi graph() {
    if (graph == null) {
      throw new IllegalStateException("no fake Graph API: the tests run against a server already running");
    }
    return graph;
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
    if (graph != null) {
      graph.close();
    }
  }

  private static TestServer start() {
    String existing = System.getProperty("redheart.it.baseUrl");
    if (existing != null && !existing.isBlank()) {
      return new TestServer(existing, System.getProperty("redheart.it.adminPassword"), null, null);
    }
    Path target = Path.of(System.getProperty("redheart.it.target", "target"));
    java.util.Map<String, String> properties = new java.util.LinkedHashMap<>(PayaraServer.database("api"));
    // every test posts from 127.0.0.1: the hourly limit of network applications per address would stop them
    properties.put("redheart.network.applications-per-hour", "500");
    // the Facebook page channel talks to a local fake that checks each request (never the internet)
    FakeGraphApi graph = FakeGraphApi.start();
    properties.put("redheart.facebook.base-url", graph.baseUrl());
    properties.put("redheart.facebook.api-version", FakeGraphApi.VERSION);
    properties.put("redheart.facebook.page-id", FakeGraphApi.PAGE_ID);
    properties.put("redheart.facebook.page-token", FakeGraphApi.TOKEN);
    properties.put("redheart.facebook.retry-spacing", "PT2S,PT3S");
    PayaraServer server = PayaraServer.start(Path.of(System.getProperty("redheart.it.war")), target.resolve("it-api-data"),
        "it-server", properties);
    return new TestServer(server.baseUrl(), server.adminPassword(), server, graph);
  }
}
