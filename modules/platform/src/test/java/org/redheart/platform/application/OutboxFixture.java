package org.redheart.platform.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.redheart.platform.api.OutgoingMail;
import org.redheart.platform.domain.Addresses;
import org.redheart.platform.domain.RenderedMail;

/**
 * A database with the outbox tables (the platform's own migration script) and rows written the
 * way {@link DefaultOutbox#enqueue} writes them, for the dispatcher's tests and the benchmark.
 */
public final class OutboxFixture {
  private final DataSource dataSource;
  private final MailTemplates templates = new MailTemplates();

  public OutboxFixture(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs V2 (the outbox part of the platform schema). */
  public OutboxFixture createSchema() throws SQLException, IOException {
    String script;
    try (InputStream in = OutboxFixture.class.getClassLoader().getResourceAsStream("db/platform/V2__mail_outbox.sql")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String statement : script.replaceAll("(?m)--.*$", "").split(";")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    }
    return this;
  }

  /** Writes one rendered mail as PENDING, due at {@code dueAt}; returns its id. */
  public String insert(String recipient, String language, String template, Map<String, Object> model,
      List<OutgoingMail.Attachment> attachments, String headers, Instant dueAt) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return insert(c, recipient, language, template, model, attachments, headers, dueAt);
    }
  }

  public String insert(Connection c, String recipient, String language, String template, Map<String, Object> model,
      List<OutgoingMail.Attachment> attachments, String headers, Instant dueAt) throws SQLException {
    RenderedMail r = templates.render(template, language, model);
    String id = UUID.randomUUID().toString();
    try (PreparedStatement ps = c.prepareStatement("insert into plt_outbox (id, message_id, recipient, recipient_hash,"
        + " language, template, purpose, subject, body_text, body_html, extra_headers, status, attempts, next_attempt_at,"
        + " created_at, version) values (?,?,?,?,?,?,'STAFF_NOTICE',?,?,?,?,'PENDING',0,?,?,0)")) {
      ps.setString(1, id);
      ps.setString(2, "<" + id + "@redheart.test>");
      ps.setString(3, recipient);
      ps.setString(4, Addresses.hash(recipient));
      ps.setString(5, language);
      ps.setString(6, template);
      ps.setString(7, r.subject());
      ps.setString(8, r.text());
      ps.setString(9, r.html());
      ps.setString(10, headers);
      ps.setTimestamp(11, Timestamp.from(dueAt));
      ps.setTimestamp(12, Timestamp.from(dueAt));
      ps.executeUpdate();
    }
    int i = 0;
    for (OutgoingMail.Attachment a : attachments) {
      try (PreparedStatement ps = c.prepareStatement("insert into plt_outbox_attachment (id, outbox_id, seq_no, file_name,"
          + " content_type, content_base64) values (?,?,?,?,?,?)")) {
        ps.setString(1, UUID.randomUUID().toString());
        ps.setString(2, id);
        ps.setInt(3, i++);
        ps.setString(4, a.fileName());
        ps.setString(5, a.contentType());
        ps.setString(6, Base64.getEncoder().encodeToString(a.content()));
        ps.executeUpdate();
      }
    }
    return id;
  }

  public String testMail(String recipient, Instant dueAt) throws SQLException {
    return insert(recipient, "en", "test-mail", Map.of("sequence", 1, "count", 1, "requestedBy", "tests"), List.of(), null, dueAt);
  }

  public String status(String id) throws SQLException {
    return column(id, "status");
  }

  public String column(String id, String column) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select " + column + " from plt_outbox where id = ?")) {
      ps.setString(1, id);
      try (var rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  public long count(String where) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("select count(*) from plt_outbox where " + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public static MailSettings settings(String host, int port) {
    return new MailSettings(host, port, "", "", false, "Red Heart Organiser <no-reply@redheart.test>", 0, 0, 50, 120,
        900, 60, 1000, "redheart.test");
  }

  /** A clock the test moves by hand. */
  public static final class TestClock extends Clock {
    private Instant now;

    public TestClock(Instant start) {
      this.now = start;
    }

    public void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
