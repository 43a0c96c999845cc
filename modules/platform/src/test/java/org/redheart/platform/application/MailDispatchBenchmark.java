package org.redheart.platform.application;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * bench/mail-dispatch: the outbox dispatcher's throughput against plain Jakarta Mail, to the same
 * in-process SMTP sink (GreenMail). Per run: enqueue N rendered mails (not timed), then time the
 * dispatcher from "N committed rows" to "N rows SENT" (claims with leases, loads, suppression
 * check, one reused SMTP connection, one commit per mail); then time sending the same N messages,
 * composed beforehand, with plain Jakarta Mail over one reused connection. Runs the dispatcher
 * classes directly, outside Payara: it measures the dispatcher's own database and SMTP work, not
 * Payara's connection pool or the scheduler's poll interval.
 *
 * <p>Arguments: {@code h2|postgres [mails] [runs]}. PostgreSQL: {@code PGHOST}, {@code PGPORT},
 * {@code PGUSER} (a scratch database is created and dropped).
 */
public final class MailDispatchBenchmark {

  /** How many dispatchers run side by side, as redheart.mail.senders does in the application. */
  static final int SENDERS = Integer.getInteger("senders", 4);

  public static void main(String[] args) throws Exception {
    String kind = args.length > 0 ? args[0] : "h2";
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    double[] outbox = new double[runs];
    double[] plain = new double[runs];
    for (int r = 0; r < runs; r++) {
      double[] rates = run(kind, n);
      outbox[r] = rates[0];
      plain[r] = rates[1];
      System.out.printf("%s run %d: dispatcher %.0f mails/s, plain Jakarta Mail %.0f mails/s, ratio %.2f%n", kind, r + 1,
          rates[0], rates[1], rates[0] / rates[1]);
    }
    double mo = median(outbox);
    double mp = median(plain);
    System.out.printf("%s median of %d runs (%d mails): dispatcher %.0f mails/s, plain Jakarta Mail %.0f mails/s, ratio %.2f (goal >= 0.5)%n",
        kind, runs, n, mo, mp, mo / mp);
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double[] run(String kind, int n) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    GreenMail sink = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    sink.start();
    Scratch db = kind.equals("postgres") ? Scratch.postgres() : Scratch.h2();
    try {
      OutboxFixture fixture = new OutboxFixture(db.dataSource).createSchema();
      Instant due = Instant.now().minusSeconds(1);
      try (Connection c = db.dataSource.getConnection()) {
        c.setAutoCommit(false);
        for (int i = 0; i < n; i++) {
          fixture.insert(c, "bench" + i + "@example.org", i % 2 == 0 ? "en" : "bn", "password-reset",
              Map.of("displayName", "Reader " + i, "link", "https://rh.example/reset?t=" + i, "validMinutes", 30), List.of(),
              null, due);
        }
        c.commit();
      }
      MailSettings settings = new MailSettings("127.0.0.1", port, "", "", false, "Red Heart Organiser <no-reply@redheart.test>",
          0, 0, 100, 120, 900, 60, 1000, "redheart.test");

      long t0 = System.nanoTime();
      // as the application runs it: SENDERS dispatchers side by side (redheart.mail.senders)
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(SENDERS);
      List<java.util.concurrent.Future<?>> running = new ArrayList<>();
      for (int s = 0; s < SENDERS; s++) {
        running.add(pool.submit(() -> {
          try (OutboxDispatcher dispatcher = new OutboxDispatcher(db.dataSource, settings, Clock.systemUTC(), SENDERS)) {
            while (fixture.count("status = 'SENT'") < n) {
              dispatcher.drain(Duration.ofMinutes(10));
            }
          }
          return null;
        }));
      }
      for (var f : running) {
        f.get();
      }
      pool.shutdown();
      double outboxRate = n / ((System.nanoTime() - t0) / 1e9);
      if (sink.getReceivedMessages().length != n) {
        throw new IllegalStateException("the sink got " + sink.getReceivedMessages().length + " mails, not " + n);
      }
      sink.purgeEmailFromAllMailboxes();

      Session session = Session.getInstance(settings.sessionProperties());
      List<MimeMessage> prepared = new ArrayList<>(n);
      try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("select id, message_id, recipient, subject, body_text, body_html, created_at from plt_outbox")) {
        while (rs.next()) {
          prepared.add(MailComposer.compose(session, settings.from(), new MailComposer.StoredMail(rs.getString(1), rs.getString(2),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), null, rs.getTimestamp(7).toInstant(), List.of())));
        }
      }
      long t1 = System.nanoTime();
      try (Transport transport = session.getTransport("smtp")) {
        transport.connect();
        for (MimeMessage m : prepared) {
          transport.sendMessage(m, m.getAllRecipients());
        }
      }
      double plainRate = n / ((System.nanoTime() - t1) / 1e9);
      return new double[] {outboxRate, plainRate};
    } finally {
      sink.stop();
      db.drop();
    }
  }

  private static final class Scratch {
    DataSource dataSource;
    Runnable dropper = () -> {};

    static Scratch h2() throws Exception {
      Path dir = Files.createTempDirectory("rh-bench");
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:file:" + dir.resolve("bench") + ";WRITE_DELAY=0");
      ds.setUser("sa");
      Scratch s = new Scratch();
      s.dataSource = ds;
      s.dropper = () -> {
        try (var paths = Files.walk(dir)) {
          for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        } catch (Exception e) {
          // a temp directory left behind
        }
      };
      return s;
    }

    static Scratch postgres() throws Exception {
      String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
      String port = System.getenv().getOrDefault("PGPORT", "5432");
      String user = System.getenv().getOrDefault("PGUSER", "postgres");
      String name = "rh_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
      try (Connection c = DriverManager.getConnection(admin, user, null); Statement s = c.createStatement()) {
        s.execute("create database " + name);
      }
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setUrl("jdbc:postgresql://" + host + ":" + port + "/" + name);
      ds.setUser(user);
      Scratch s = new Scratch();
      s.dataSource = ds;
      s.dropper = () -> {
        try (Connection c = DriverManager.getConnection(admin, user, null); Statement st = c.createStatement()) {
          st.execute("drop database if exists " + name + " with (force)");
        } catch (Exception e) {
          System.err.println("could not drop " + name + ": " + e.getMessage());
        }
      };
      return s;
    }

    void drop() {
      dropper.run();
    }
  }
}
