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

/**
 * Launches a Payara Micro with the built WAR as a child process and waits until it is ready. Used
 * by {@link TestServer} for the shared server, and by tests that need a server of their own (other
 * settings, or one they may {@code kill -9}).
 */
public final class PayaraLauncher {

  /** How to start one server: its port, data directory, database, extra {@code -D} options, log. */
  public record Options(int port, Path dataDir, String dbDriver, String dbUrl, String dbUser,
      Map<String, String> properties, File log) {

    /** The shared test database ({@code it.api.db.*}) and a fresh data directory under target. */
    public static Options fromSystemProperties(String name) throws IOException {
      Path target = target();
      return new Options(freePort(), target.resolve(name + "-data"), System.getProperty("it.api.db.driver"),
          System.getProperty("it.api.db.url"), System.getProperty("it.api.db.user"), new LinkedHashMap<>(),
          target.resolve(name + "-server.log").toFile());
    }

    public Options withDatabase(String driver, String url, String user) {
      return new Options(port, dataDir, driver, url, user, properties, log);
    }

    public Options withLog(File file) {
      return new Options(port, dataDir, dbDriver, dbUrl, dbUser, properties, file);
    }

    public Options with(String key, String value) {
      Map<String, String> p = new LinkedHashMap<>(properties);
      p.put(key, value);
      return new Options(port, dataDir, dbDriver, dbUrl, dbUser, p, log);
    }

    public String baseUrl() {
      return "http://localhost:" + port;
    }
  }

  private PayaraLauncher() {}

  public static Path target() {
    return Path.of(System.getProperty("redheart.it.target", "target"));
  }

  /** Starts the server and waits (up to 240 s) until {@code /health/ready} answers UP. */
  public static Process start(Options o) throws IOException {
    Files.createDirectories(o.dataDir());
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Duser.timezone=UTC");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Xmx512m");
    cmd.add("-Dredheart.data.dir=" + o.dataDir().toAbsolutePath());
    cmd.add("-Dredheart.db.driver=" + o.dbDriver());
    cmd.add("-Dredheart.db.url=" + o.dbUrl());
    cmd.add("-Dredheart.db.user=" + o.dbUser());
    cmd.add("-Dredheart.public-base-url=" + o.baseUrl());
    o.properties().forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.add("-jar");
    cmd.add(System.getProperty("payara.microJar"));
    cmd.addAll(List.of("--nohazelcast", "--port", Integer.toString(o.port()), "--contextroot", "/"));
    cmd.addAll(List.of("--prebootcommandfile", System.getProperty("redheart.it.preBoot")));
    cmd.addAll(List.of("--deploy", System.getProperty("redheart.it.war")));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(o.log())).start();
    Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
    awaitReady(o.baseUrl(), p, o.log());
    return p;
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

  /** Stops the server: politely, or by force after 30 s. */
  public static void stop(Process process) {
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

  public static int freePort() throws IOException {
    return TestPorts.free();
  }

  public static void deleteRecursively(Path dir) throws IOException {
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
