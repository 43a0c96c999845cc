package org.redheart.app.it;

import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Payara Micro with the built WAR, started once per test JVM (the failsafe run) and shared by
 * every HTTP, REST and browser test; stopped when the run ends. Its database comes from the
 * {@code it.api.db.*} system properties (H2 file or PostgreSQL). {@code -Dredheart.it.baseUrl=...}
 * points the tests at a server that already runs instead. The launch itself is {@link PayaraLauncher}'s.
 */
public final class TestServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
  private static final Object LOCK = new Object();
  private static TestServer instance;

  private final String baseUrl;
  private final String adminPassword;
  private final Process process;

  private TestServer(String baseUrl, String adminPassword, Process process) {
    this.baseUrl = baseUrl;
    this.adminPassword = adminPassword;
    this.process = process;
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
    if (process != null) {
      PayaraLauncher.stop(process);
    }
  }

  private static TestServer start() {
    String existing = System.getProperty("redheart.it.baseUrl");
    if (existing != null && !existing.isBlank()) {
      return new TestServer(existing, System.getProperty("redheart.it.adminPassword"), null);
    }
    try {
      String adminPassword = "it-" + UUID.randomUUID();
      PayaraLauncher.Options options = PayaraLauncher.Options.fromSystemProperties("it-api")
          .withLog(PayaraLauncher.target().resolve("it-server.log").toFile())
          .with("redheart.admin.username", "admin")
          .with("redheart.admin.password", adminPassword);
      PayaraLauncher.deleteRecursively(options.dataDir());
      Files.deleteIfExists(options.log().toPath());
      Process p = PayaraLauncher.start(options);
      return new TestServer(options.baseUrl(), adminPassword, p);
    } catch (IOException e) {
      throw new IllegalStateException("could not start Payara Micro for the tests", e);
    }
  }
}
