package org.redheart.app.it;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A database of its own for a test that runs its own server (crash tests): a PostgreSQL database
 * created (and dropped) on the run's server when the integration tests run on PostgreSQL, else an
 * H2 file under {@code target/<dataDir>/db}.
 */
record FreshDatabase(String driver, String url, String user, String adminUrl, String name) {

  /** {@code prefix} names the PostgreSQL database, {@code dataDir} the folder of the H2 file. */
  static FreshDatabase create(String prefix, String dataDir, String run) throws Exception {
    String driver = System.getProperty("it.api.db.driver");
    String user = System.getProperty("it.api.db.user");
    String sharedUrl = System.getProperty("it.api.db.url");
    if (sharedUrl.startsWith("jdbc:postgresql:")) {
      URI uri = URI.create(sharedUrl.substring("jdbc:".length()));
      String server = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort());
      String name = prefix + run.replace("-", "");
      try (Connection c = DriverManager.getConnection(server + "/postgres", user, null); Statement s = c.createStatement()) {
        s.execute("create database " + name);
      }
      return new FreshDatabase(driver, server + "/" + name, user, server + "/postgres", name);
    }
    String file = PayaraLauncher.target().resolve(dataDir).resolve("db").resolve("redheart-" + run).toAbsolutePath().toString();
    return new FreshDatabase(driver, "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", user, null, null);
  }

  void drop() throws Exception {
    if (adminUrl != null) {
      try (Connection c = DriverManager.getConnection(adminUrl, user, null); Statement s = c.createStatement()) {
        s.execute("drop database if exists " + name + " with (force)");
      }
    }
  }
}
