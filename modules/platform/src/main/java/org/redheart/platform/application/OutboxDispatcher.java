package org.redheart.platform.application;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.redheart.platform.api.MailStatus;
import org.redheart.platform.api.SuppressionReason;
import org.redheart.platform.domain.RetrySchedule;
import org.redheart.platform.domain.SendCaps;
import org.redheart.platform.domain.SmtpReplies;
import org.redheart.platform.domain.SmtpReplies.Verdict;
import org.redheart.platform.application.MailComposer.StoredAttachment;
import org.redheart.platform.application.MailComposer.StoredMail;

/**
 * Sends the outbox. Plain JDBC and Jakarta Mail, so that it runs the same inside Payara (on a
 * managed thread, outside any JTA transaction) and in the benchmark.
 *
 * <p>Each round claims due rows with a lease (owner and expiry, taken under {@code FOR UPDATE SKIP
 * LOCKED}, so several instances never claim the same row), sends them over one reused SMTP
 * connection and commits each mail's outcome on its own. A crash between a relay's "250 OK" and
 * that commit leaves the row leased: when the lease expires it is sent again — the one duplicate
 * a crash can cause, recognisable by its unchanged Message-ID. Caps and the queue's pause live in
 * the database, so they hold for every instance.
 */
public final class OutboxDispatcher implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  /** What one call of {@link #drain} did. */
  public record Result(int sent, int retried, int failed, int bounced, int suppressed, boolean paused) {
    public int handled() {
      return sent + retried + failed + bounced + suppressed;
    }
  }

  private final DataSource dataSource;
  private final MailSettings settings;
  private final Clock clock;
  private final String owner = "d-" + UUID.randomUUID();
  private final Session session;
  private final SendCaps caps;
  private Transport transport;

  private final int senders;

  public OutboxDispatcher(DataSource dataSource, MailSettings settings, Clock clock) {
    this(dataSource, settings, clock, 1);
  }

  /**
   * One of {@code senders} dispatchers working side by side (each with its own SMTP connection and
   * database connection, sharing the work through leases like separate instances do); each takes
   * its share of the caps, so together they overshoot a cap by at most {@code senders - 1} mails.
   */
  public OutboxDispatcher(DataSource dataSource, MailSettings settings, Clock clock, int senders) {
    this.senders = Math.max(1, senders);
    this.dataSource = dataSource;
    this.settings = settings;
    this.clock = clock;
    this.session = Session.getInstance(settings.smtpConfigured() ? settings.sessionProperties() : new java.util.Properties());
    this.caps = new SendCaps(settings.perMinute(), settings.perDay());
  }

  public String owner() {
    return owner;
  }

  /**
   * Sends what is due until nothing is, the caps are reached, the queue pauses or {@code maxTime}
   * has passed. Without an SMTP server, marks waiting mail HELD instead.
   */
  public synchronized Result drain(Duration maxTime) throws SQLException {
    if (!settings.smtpConfigured()) {
      holdPending();
      return new Result(0, 0, 0, 0, 0, false);
    }
    long deadline = System.nanoTime() + maxTime.toNanos();
    Counter c = new Counter();
    try (Connection conn = dataSource.getConnection()) {
      conn.setAutoCommit(true);
      while (System.nanoTime() < deadline) {
        Instant now = clock.instant();
        if (pausedUntil(conn, now) != null) {
          c.paused = true;
          break;
        }
        int budget = budget(conn, now);
        if (budget == 0) {
          break;
        }
        List<String> ids = claim(conn, now, budget);
        if (ids.isEmpty()) {
          break;
        }
        if (!sendBatch(conn, load(conn, ids), c)) {
          c.paused = true;
          break;
        }
      }
    } finally {
      closeTransport();
    }
    return c.result();
  }

  /** Marks PENDING mail HELD (no SMTP server configured); returns how many. */
  public int holdPending() throws SQLException {
    try (Connection conn = dataSource.getConnection();
        PreparedStatement ps = conn.prepareStatement(
            "update plt_outbox set status = 'HELD', version = version + 1 where status = 'PENDING'")) {
      conn.setAutoCommit(true);
      return ps.executeUpdate();
    }
  }

  private int budget(Connection conn, Instant now) throws SQLException {
    long lastMinute = settings.perMinute() > 0 ? countSentSince(conn, now.minusSeconds(60)) : 0;
    long lastDay = settings.perDay() > 0 ? countSentSince(conn, now.minus(Duration.ofDays(1))) : 0;
    int allowance = caps.allowance(lastMinute, lastDay, settings.batchSize());
    boolean capped = settings.perMinute() > 0 || settings.perDay() > 0;
    return capped && senders > 1 && allowance > 0 ? Math.max(1, (allowance + senders - 1) / senders) : allowance;
  }

  private long countSentSince(Connection conn, Instant since) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("select count(*) from plt_outbox where sent_at >= ?")) {
      ps.setTimestamp(1, Timestamp.from(since));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Leases up to {@code limit} due rows to this dispatcher, in one short transaction. */
  List<String> claim(Connection conn, Instant now, int limit) throws SQLException {
    List<String> ids = new ArrayList<>();
    conn.setAutoCommit(false);
    try {
      try (PreparedStatement ps = conn.prepareStatement(
          "select id from plt_outbox where status in ('PENDING', 'HELD') and next_attempt_at <= ?"
              + " and (lease_until is null or lease_until < ?) order by next_attempt_at"
              + " fetch first ? rows only for update skip locked")) {
        ps.setTimestamp(1, Timestamp.from(now));
        ps.setTimestamp(2, Timestamp.from(now));
        ps.setInt(3, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      }
      if (!ids.isEmpty()) {
        // conditional, so that a row another dispatcher leased meanwhile (a database without real
        // SKIP LOCKED re-reads rows after a lock wait) is not taken twice
        try (PreparedStatement ps = conn.prepareStatement("update plt_outbox set lease_owner = ?, lease_until = ?"
            + " where id = ? and (lease_until is null or lease_until < ?)")) {
          Timestamp until = Timestamp.from(now.plusSeconds(settings.leaseSeconds()));
          for (String id : ids) {
            ps.setString(1, owner);
            ps.setTimestamp(2, until);
            ps.setString(3, id);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.addBatch();
          }
          int[] updated = ps.executeBatch();
          List<String> won = new ArrayList<>();
          for (int i = 0; i < updated.length; i++) {
            if (updated[i] != 0) {
              won.add(ids.get(i));
            }
          }
          ids = won;
        }
      }
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
    return ids;
  }

  private record Row(StoredMail mail, String recipientHash, int attempts) {}

  private List<Row> load(Connection conn, List<String> ids) throws SQLException {
    String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    Map<String, List<StoredAttachment>> attachments = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("select outbox_id, file_name, content_type, content_base64"
        + " from plt_outbox_attachment where outbox_id in (" + in + ") order by outbox_id, seq_no")) {
      bind(ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          attachments.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
              new StoredAttachment(rs.getString(2), rs.getString(3), Base64.getDecoder().decode(rs.getString(4))));
        }
      }
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("select id, message_id, recipient, subject, body_text, body_html,"
        + " extra_headers, created_at, recipient_hash, attempts from plt_outbox where id in (" + in + ")")) {
      bind(ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          rows.put(id, new Row(new StoredMail(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
              attachments.getOrDefault(id, List.of())), rs.getString(9), rs.getInt(10)));
        }
      }
    }
    List<Row> ordered = new ArrayList<>();
    for (String id : ids) {
      if (rows.containsKey(id)) {
        ordered.add(rows.get(id));
      }
    }
    return ordered;
  }

  /** Sends one claimed batch; false when the queue was paused (the rest of the batch released). */
  private boolean sendBatch(Connection conn, List<Row> batch, Counter c) throws SQLException {
    Set<String> suppressed = suppressed(conn, batch);
    if (!connected()) {
      String reason = connectProblem;
      pause(conn, clock.instant().plusSeconds(settings.outagePauseSeconds()), "SMTP server unreachable: " + reason);
      release(conn, batch.stream().map(r -> r.mail().id()).toList());
      return false;
    }
    for (int i = 0; i < batch.size(); i++) {
      Row row = batch.get(i);
      if (suppressed.contains(row.recipientHash())) {
        finish(conn, row, MailStatus.SUPPRESSED, "the address is on the suppression list");
        c.suppressed++;
        continue;
      }
      MimeMessage message;
      try {
        message = MailComposer.compose(session, settings.from(), row.mail());
      } catch (MessagingException | RuntimeException e) {
        finish(conn, row, MailStatus.FAILED, "could not be composed: " + e.getMessage());
        c.failed++;
        continue;
      }
      try {
        transport.sendMessage(message, message.getAllRecipients());
        markSent(conn, row);
        c.sent++;
      } catch (MessagingException e) {
        Reply reply = Reply.of(e);
        Verdict verdict = reply.connectionLost() ? null : SmtpReplies.classify(reply.code(), reply.text(), reply.atRecipient());
        List<String> rest = batch.subList(i + 1, batch.size()).stream().map(r -> r.mail().id()).toList();
        if (verdict == null) {
          // the connection broke while this mail was on its way: count the attempt, pause, reconnect later
          retry(conn, row, reply.describe(), c);
          release(conn, rest);
          closeTransport();
          pause(conn, clock.instant().plusSeconds(settings.outagePauseSeconds()), "SMTP connection lost: " + reply.describe());
          return false;
        }
        switch (verdict) {
          case PAUSE_QUEUE -> {
            release(conn, concat(row.mail().id(), rest));
            closeTransport();
            pause(conn, clock.instant().plusSeconds(settings.pauseSeconds()), reply.describe());
            LOG.warning(() -> "Mail queue paused for " + settings.pauseSeconds() + " s: the relay said " + reply.describe());
            return false;
          }
          case BOUNCE_RECIPIENT -> {
            suppress(conn, row.recipientHash(), SuppressionReason.HARD_BOUNCE);
            suppressed.add(row.recipientHash());
            finish(conn, row, MailStatus.BOUNCED, reply.describe());
            c.bounced++;
          }
          case FAIL_MAIL -> {
            finish(conn, row, MailStatus.FAILED, reply.describe());
            c.failed++;
          }
          case RETRY_MAIL -> retry(conn, row, reply.describe(), c);
        }
      }
    }
    return true;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private String connectProblem;

  private boolean connected() {
    if (transport != null && transport.isConnected()) {
      return true;
    }
    closeTransport();
    try {
      Transport t = session.getTransport("smtp");
      if (settings.user() != null && !settings.user().isBlank()) {
        t.connect(settings.host(), settings.port(), settings.user(), settings.password());
      } else {
        t.connect();
      }
      transport = t;
      return true;
    } catch (MessagingException e) {
      connectProblem = Reply.of(e).describe();
      LOG.log(Level.INFO, "SMTP server {0}:{1} unreachable: {2}", new Object[] {settings.host(), settings.port(), connectProblem});
      return false;
    }
  }

  private void closeTransport() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.log(Level.FINE, "closing the SMTP connection", e);
      }
      transport = null;
    }
  }

  @Override
  public void close() {
    closeTransport();
  }

  private Set<String> suppressed(Connection conn, List<Row> batch) throws SQLException {
    Set<String> hashes = new HashSet<>();
    for (Row r : batch) {
      hashes.add(r.recipientHash());
    }
    Set<String> found = new HashSet<>();
    List<String> list = new ArrayList<>(hashes);
    try (PreparedStatement ps = conn.prepareStatement("select address_hash from plt_suppression where address_hash in ("
        + String.join(",", java.util.Collections.nCopies(list.size(), "?")) + ")")) {
      bind(ps, list);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }

  private void markSent(Connection conn, Row row) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("update plt_outbox set status = 'SENT', sent_at = ?,"
        + " attempts = attempts + 1, lease_owner = null, lease_until = null, last_error = null, version = version + 1"
        + " where id = ? and lease_owner = ?")) {
      ps.setTimestamp(1, Timestamp.from(clock.instant()));
      ps.setString(2, row.mail().id());
      ps.setString(3, owner);
      ps.executeUpdate();
    }
  }

  private void retry(Connection conn, Row row, String error, Counter c) throws SQLException {
    int attempts = row.attempts() + 1;
    var delay = RetrySchedule.delayAfter(attempts);
    if (delay.isEmpty()) {
      update(conn, row, MailStatus.FAILED, attempts, clock.instant(), error);
      c.failed++;
    } else {
      update(conn, row, MailStatus.PENDING, attempts, clock.instant().plus(delay.get()), error);
      c.retried++;
    }
  }

  private void finish(Connection conn, Row row, MailStatus status, String error) throws SQLException {
    update(conn, row, status, row.attempts() + (status == MailStatus.SUPPRESSED ? 0 : 1), clock.instant(), error);
  }

  private void update(Connection conn, Row row, MailStatus status, int attempts, Instant next, String error)
      throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("update plt_outbox set status = ?, attempts = ?,"
        + " next_attempt_at = ?, last_error = ?, lease_owner = null, lease_until = null, version = version + 1"
        + " where id = ? and lease_owner = ?")) {
      ps.setString(1, status.name());
      ps.setInt(2, attempts);
      ps.setTimestamp(3, Timestamp.from(next));
      ps.setString(4, truncate(error, 1000));
      ps.setString(5, row.mail().id());
      ps.setString(6, owner);
      ps.executeUpdate();
    }
  }

  private void release(Connection conn, Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = conn.prepareStatement(
        "update plt_outbox set lease_owner = null, lease_until = null where id = ? and lease_owner = ?")) {
      for (String id : ids) {
        ps.setString(1, id);
        ps.setString(2, owner);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static void suppress(Connection conn, String hash, SuppressionReason reason) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("insert into plt_suppression (address_hash, reason, created_at)"
        + " select ?, ?, ? from plt_mail_control where id = 'queue'"
        + " and not exists (select 1 from plt_suppression where address_hash = ?)")) {
      ps.setString(1, hash);
      ps.setString(2, reason.name());
      ps.setTimestamp(3, Timestamp.from(Instant.now()));
      ps.setString(4, hash);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!"23505".equals(e.getSQLState())) {
        throw e; // anything but "another instance inserted it first"
      }
    }
  }

  private void pause(Connection conn, Instant until, String reason) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("update plt_mail_control set paused_until = ?, pause_reason = ?"
        + " where id = 'queue' and (paused_until is null or paused_until < ?)")) {
      ps.setTimestamp(1, Timestamp.from(until));
      ps.setString(2, truncate(reason, 1000));
      ps.setTimestamp(3, Timestamp.from(until));
      ps.executeUpdate();
    }
  }

  private static Instant pausedUntil(Connection conn, Instant now) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("select paused_until from plt_mail_control where id = 'queue'");
        ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        Timestamp t = rs.getTimestamp(1);
        return t != null && t.toInstant().isAfter(now) ? t.toInstant() : null;
      }
      return null;
    }
  }

  private static void bind(PreparedStatement ps, List<String> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      ps.setString(i + 1, values.get(i));
    }
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static final class Counter {
    int sent;
    int retried;
    int failed;
    int bounced;
    int suppressed;
    boolean paused;

    Result result() {
      return new Result(sent, retried, failed, bounced, suppressed, paused);
    }
  }

  /** An SMTP answer taken out of Jakarta Mail's exceptions. */
  record Reply(int code, String text, boolean atRecipient, boolean connectionLost) {
    static Reply of(MessagingException e) {
      Exception x = e;
      while (x != null) {
        int code = returnCode(x);
        if (code > 0) {
          boolean atRecipient = x.getClass().getSimpleName().contains("AddressFailed");
          return new Reply(code, x.getMessage(), atRecipient, false);
        }
        x = x instanceof MessagingException m ? m.getNextException() : null;
      }
      Throwable cause = e;
      boolean io = false;
      while (cause != null) {
        if (cause instanceof IOException || cause.getClass().getSimpleName().equals("MailConnectException")) {
          io = true;
        }
        cause = cause.getCause();
      }
      boolean closed = e.getMessage() != null && e.getMessage().toLowerCase().contains("not connected");
      return new Reply(-1, e.getMessage(), false, io || closed);
    }

    private static int returnCode(Exception x) {
      try {
        Object v = x.getClass().getMethod("getReturnCode").invoke(x);
        return v instanceof Integer i ? i : -1;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return -1;
      }
    }

    String describe() {
      String t = text == null ? "" : text.strip();
      return code > 0 ? (t.startsWith(Integer.toString(code)) ? t : code + " " + t) : t;
    }
  }
}
