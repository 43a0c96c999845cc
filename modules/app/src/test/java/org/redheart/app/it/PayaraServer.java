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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Launches Payara Micro with a WAR as a separate JVM, the way production runs it: its data
 * directory, its database ({@code redheart.db.*}), the first admin and any extra {@code -D}
 * properties. It can be stopped, killed with SIGKILL ({@link #kill()}, for crash tests) and started
 * again on the same data and port ({@link #restart}). Used by {@link TestServer} (the shared server)
 * and by tests that need a server of their own.
 */
public final class PayaraServer {
  private final Path war;
  private final Path dataDir;
  private final Path log;
  private final Map<String, String> properties;
  private int port;
  private final String adminPassword;
  private Process process;
  private int starts;

  private PayaraServer(Path war, Path dataDir, Path log, Map<String, String> properties, int port, String adminPassword) {
    this.war = war;
    this.dataDir = dataDir;
    this.log = log;
    this.properties = properties;
    this.port = port;
    this.adminPassword = adminPassword;
  }

  /**
   * Starts a server on a fresh (emptied) data directory and waits until it is ready.
   *
   * @param properties {@code -D} system properties for the server JVM, database settings included
   */
  public static PayaraServer start(Path war, Path dataDir, String name, Map<String, String> properties) {
    try {
      deleteRecursively(dataDir);
      Files.createDirectories(dataDir);
      String adminPassword = "it-" + java.util.UUID.randomUUID();
      Path target = Path.of(System.getProperty("redheart.it.target", "target"));
      PayaraServer server = new PayaraServer(war, dataDir, target.resolve(name + ".log"), new LinkedHashMap<>(properties),
          freePort(), adminPassword);
      server.launch(Map.of());
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("could not start Payara Micro for the tests", e);
    }
  }

  /** The database properties the failsafe run gives for a server of its own ({@code it.<prefix>.db.*}). */
  public static Map<String, String> database(String prefix) {
    Map<String, String> db = new LinkedHashMap<>();
    db.put("redheart.db.driver", System.getProperty("it." + prefix + ".db.driver"));
    db.put("redheart.db.url", System.getProperty("it." + prefix + ".db.url"));
    db.put("redheart.db.user", System.getProperty("it." + prefix + ".db.user"));
    return db;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public String adminPassword() {
    return adminPassword;
  }

  public Path log() {
    return log;
  }

  /** SIGKILL: no shutdown hook, no clean close of the database; what was committed must survive. */
  public void kill() {
    if (process != null) {
      process.destroyForcibly();
      waitFor(process, 30);
      process = null;
    }
  }

  /** A clean stop (SIGTERM), forced after 30 s. */
  public void stop() {
    if (process != null) {
      process.destroy();
      if (!waitFor(process, 30)) {
        process.destroyForcibly();
        waitFor(process, 10);
      }
      process = null;
    }
  }

  /** Starts again on the same data directory and port, with these properties changed or added. */
  public void restart(Map<String, String> changedProperties) {
    stop();
    launch(changedProperties);
  }

  private void launch(Map<String, String> changedProperties) {
    properties.putAll(changedProperties);
    if (!TestPorts.isFree(port)) {
      // the killed server's port can be taken meanwhile (or not released yet): use another one
      try {
        port = freePort();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Duser.timezone=UTC");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Xmx512m");
    cmd.add("-Dredheart.data.dir=" + dataDir.toAbsolutePath());
    cmd.add("-Dredheart.admin.username=admin");
    cmd.add("-Dredheart.admin.password=" + adminPassword);
    cmd.add("-Dredheart.public-base-url=" + baseUrl());
    properties.forEach((k, v) -> {
      if (v != null) {
        cmd.add("-D" + k + "=" + v);
      }
    });
    cmd.add("-jar");
    cmd.add(System.getProperty("payara.microJar"));
    cmd.addAll(List.of("--nohazelcast", "--port", Integer.toString(port), "--contextroot", "/"));
    cmd.addAll(List.of("--prebootcommandfile", System.getProperty("redheart.it.preBoot")));
    cmd.addAll(List.of("--deploy", war.toString()));
    try {
      File logFile = starts++ == 0 ? log.toFile() : log.resolveSibling(log.getFileName() + "." + starts).toFile();
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile).start();
      Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
      process = p;
      awaitReady(baseUrl(), p, logFile);
    } catch (IOException e) {
      throw new IllegalStateException("could not start Payara Micro", e);
    }
  }

  private static boolean waitFor(Process p, int seconds) {
    try {
      return p.waitFor(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void awaitReady(String base, Process p, File log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("Payara Micro exited while starting: see " + log);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(10)).build(),
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
    throw new IllegalStateException("Payara Micro was not ready within 300 s: see " + log);
  }

  private static int freePort() throws IOException {
    return TestPorts.free();
  }

  static void deleteRecursively(Path dir) throws IOException {
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
