package org.redheart.app.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Payara Micro with the built WAR, started once per test JVM (the failsafe run) and shared by
 * every HTTP, REST and browser test; stopped when the run ends. Its database comes from the
 * {@code it.api.db.*} system properties (H2 file or PostgreSQL). {@code -Dredheart.it.baseUrl=...}
 * points the tests at a server that already runs instead.
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
      process.destroy();
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private static TestServer start() {
    String existing = System.getProperty("redheart.it.baseUrl");
    if (existing != null && !existing.isBlank()) {
      return new TestServer(existing, System.getProperty("redheart.it.adminPassword"), null);
    }
    try {
      int port = freePort();
      String adminPassword = "it-" + UUID.randomUUID();
      Path target = Path.of(System.getProperty("redheart.it.target", "target"));
      Path dataDir = target.resolve("it-api-data");
      deleteRecursively(dataDir);
      Files.createDirectories(dataDir);
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-Duser.timezone=UTC");
      cmd.add("-Dfile.encoding=UTF-8");
      cmd.add("-Xmx512m");
      cmd.add("-Dredheart.data.dir=" + dataDir.toAbsolutePath());
      cmd.add("-Dredheart.db.driver=" + System.getProperty("it.api.db.driver"));
      cmd.add("-Dredheart.db.url=" + System.getProperty("it.api.db.url"));
      cmd.add("-Dredheart.db.user=" + System.getProperty("it.api.db.user"));
      cmd.add("-Dredheart.admin.username=admin");
      cmd.add("-Dredheart.admin.password=" + adminPassword);
      cmd.add("-Dredheart.public-base-url=http://localhost:" + port);
      cmd.add("-jar");
      cmd.add(System.getProperty("payara.microJar"));
      cmd.addAll(List.of("--nohazelcast", "--port", Integer.toString(port), "--contextroot", "/"));
      cmd.addAll(List.of("--postbootcommandfile", System.getProperty("redheart.it.postBoot")));
      cmd.addAll(List.of("--deploy", System.getProperty("redheart.it.war")));
      File log = target.resolve("it-server.log").toFile();
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
      Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
      String base = "http://localhost:" + port;
      awaitReady(base, p, log);
      return new TestServer(base, adminPassword, p);
    } catch (IOException e) {
      throw new IllegalStateException("could not start Payara Micro for the tests", e);
    }
  }

  private static void awaitReady(String base, Process p, File log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("Payara Micro exited while starting: see " + log);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"name\":\"redheart\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    p.destroyForcibly();
    throw new IllegalStateException("Payara Micro was not ready within 240 s: see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
