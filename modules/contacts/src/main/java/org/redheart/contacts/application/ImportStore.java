package org.redheart.contacts.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.redheart.contacts.api.ImportField;
import org.redheart.contacts.api.ImportProblem;
import org.redheart.contacts.api.ImportState;
import org.redheart.contacts.domain.Names;
import org.redheart.contacts.domain.imports.CellProblem;
import org.redheart.contacts.domain.imports.StagedRow;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * The import tables through plain JDBC on the application's datasource: staging rows go in as JDBC
 * batches (one transaction per batch), and the commit moves the good rows with set-based SQL in one
 * transaction, never through a persistence context. Every statement runs on H2 and PostgreSQL.
 */
@ApplicationScoped
@Transactional
public class ImportStore {
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ImportStore.class.getName());
  static final String SUPPRESSED = "the address is on the suppression list (it bounced, complained or was erased)";
  static final String EXISTING = "the same e-mail address as an existing contact";
  static final String EARLIER = "the same e-mail address as row ";

  @Resource(lookup = "java:app/jdbc/redheart")
  DataSource dataSource;

  /** An import's row in {@code cnt_import}. */
  record Record(String id, String fileId, String fileName, String format, ImportState state, List<String> headers,
      Map<ImportField, Integer> mapping, int totalRows, int badRows, int skippedRows, int imported, String jobId,
      String error, long fileSize, String createdBy, Instant createdAt, Instant updatedAt) {}

  /** A row of the file as checked: its number and either a staged row or its problems. */
  record Checked(int rowNo, StagedRow row, List<CellProblem> problems) {}

  private static final String RECORD_COLUMNS = "id, file_id, file_name, format, state, headers, mapping, total_rows, bad_rows,"
      + " skipped_rows, imported, job_id, error, file_size, created_by, created_at, updated_at";

  /**
   * Brings the planner's statistics up to date after a bulk load, outside any transaction: on
   * PostgreSQL, before autovacuum got to it, a category filter over 100,000 fresh contacts was
   * planned for 40 rows and took 400 ms instead of 40 ms.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void refreshStatistics() {
    try (Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
      if (c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
        st.execute("analyze cnt_contact, cnt_email, cnt_phone, cnt_affiliation, cnt_contact_category, cnt_tag, cnt_consent,"
            + " cnt_history");
      } else {
        st.execute("analyze");
      }
    } catch (SQLException e) {
      LOG.warning(() -> "could not refresh the statistics after an import: " + e.getMessage());
    }
  }

  void create(Record r) {
    sql("insert into cnt_import (id, file_id, file_name, format, state, total_rows, bad_rows, skipped_rows, imported,"
        + " created_by, created_at, updated_at, version, file_size) values (?,?,?,?,?,0,0,0,0,?,?,?,0,?)",
        r.id(), r.fileId(), r.fileName(), r.format(), r.state().name(), r.createdBy(), ts(r.createdAt()), ts(r.createdAt()),
        r.fileSize());
  }

  Optional<Record> find(String id) {
    List<Record> found = records("select " + RECORD_COLUMNS + " from cnt_import where id = ?", id);
    return found.stream().findFirst();
  }

  /** Imports newest first, of one creator or (creator null) of everyone. */
  Page<Record> list(String creator, PageRequest page) {
    String where = creator == null ? "" : " where created_by = ?";
    Object[] args = creator == null ? new Object[0] : new Object[] {creator};
    long total = count("select count(*) from cnt_import" + where, args);
    List<Object> params = new ArrayList<>(List.of(args));
    params.add(page.size());
    params.add(page.offset());
    List<Record> items = records("select " + RECORD_COLUMNS + " from cnt_import" + where
        + " order by created_at desc, id limit ? offset ?", params.toArray());
    return new Page<>(items, page.page(), page.size(), total);
  }

  void setJob(String id, String jobId) {
    sql("update cnt_import set job_id = ?, updated_at = ?, version = version + 1 where id = ?", jobId, now(), id);
  }

  /** Moves to a state only from one of the expected states; false when the import was elsewhere. */
  boolean transition(String id, ImportState to, Set<ImportState> from) {
    StringBuilder in = new StringBuilder();
    List<Object> args = new ArrayList<>(List.of(to.name(), now(), id));
    for (ImportState s : from) {
      in.append(in.isEmpty() ? "" : ",").append('?');
      args.add(s.name());
    }
    return sql("update cnt_import set state = ?, error = null, updated_at = ?, version = version + 1 where id = ? and state in ("
        + in + ")", args.toArray()) == 1;
  }

  void saveMapping(String id, List<String> headers, Map<ImportField, Integer> mapping) {
    sql("update cnt_import set headers = ?, mapping = ?, updated_at = ?, version = version + 1 where id = ?",
        headers == null ? null : ImportJson.strings(headers), ImportJson.mapping(mapping), now(), id);
  }

  void fail(String id, String error) {
    sql("delete from cnt_import_row where import_id = ?", id);
    sql("update cnt_import set state = ?, error = ?, updated_at = ?, version = version + 1 where id = ?",
        ImportState.FAILED.name(), error.length() > 1000 ? error.substring(0, 999) + "…" : error, now(), id);
  }

  /** Deletes up to {@code limit} staging rows of the import (from the start); returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  int deleteSome(String id, int fromRow, int toRow) {
    return sql("delete from cnt_import_row where import_id = ? and row_no >= ? and row_no < ?", id, fromRow, toRow);
  }

  void deleteRows(String id, int afterRow) {
    sql("delete from cnt_import_row where import_id = ? and row_no > ?", id, afterRow);
  }

  /** Rows per INSERT statement: multi-row VALUES save a round trip per row on PostgreSQL. */
  static final int ROWS_PER_STATEMENT = 50;

  private static final String STAGING_COLUMNS = "insert into cnt_import_row (import_id, row_no, status, problem, contact_id, kind,"
      + " name, search_name, blocking_key, email, email_norm, phone, organisation, org_key, title, category_id, district,"
      + " country_code, time_zone, languages, tags, notes, consent_bulletin, consent_invitations, minor, guardian_consent_at,"
      + " attendance, email_id, phone_id, affiliation_id, history_id) values ";
  private static final int STAGING_PARAMS = 31;

  /** Inserts one batch of checked rows; good rows whose address is in {@code suppressed} are marked SUPPRESSED. */
  void insertRows(String importId, List<Checked> batch, Set<String> suppressed) {
    String tuple = "(" + "?,".repeat(STAGING_PARAMS - 1) + "?)";
    try (Connection c = dataSource.getConnection()) {
      PreparedStatement full = null;
      try {
        for (int from = 0; from < batch.size(); from += ROWS_PER_STATEMENT) {
          List<Checked> chunk = batch.subList(from, Math.min(batch.size(), from + ROWS_PER_STATEMENT));
          PreparedStatement ps;
          if (chunk.size() == ROWS_PER_STATEMENT) {
            if (full == null) {
              full = c.prepareStatement(STAGING_COLUMNS + String.join(",", java.util.Collections.nCopies(ROWS_PER_STATEMENT, tuple)));
            }
            ps = full;
          } else {
            ps = c.prepareStatement(STAGING_COLUMNS + String.join(",", java.util.Collections.nCopies(chunk.size(), tuple)));
          }
          try {
            for (int i = 0; i < chunk.size(); i++) {
              bindStaged(ps, i * STAGING_PARAMS, importId, chunk.get(i), suppressed);
            }
            ps.executeUpdate();
          } finally {
            if (ps != full) {
              ps.close();
            }
          }
        }
      } finally {
        if (full != null) {
          full.close();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not store staging rows of import " + importId + ": " + e.getMessage(), e);
    }
  }

  private static void bindStaged(PreparedStatement ps, int o, String importId, Checked checked, Set<String> suppressed)
      throws SQLException {
    StagedRow r = checked.row();
    ps.setString(o + 1, importId);
    ps.setInt(o + 2, checked.rowNo());
    if (r == null) {
      ps.setString(o + 3, "BAD");
      ps.setString(o + 4, CellProblem.encode(checked.problems()));
      for (int i = 5; i <= STAGING_PARAMS; i++) {
        ps.setNull(o + i, i == 16 ? Types.BIGINT : i == 23 || i == 24 || i == 25 ? Types.BOOLEAN : i == 26 ? Types.DATE : Types.VARCHAR);
      }
      return;
    }
    boolean isSuppressed = r.emailNorm() != null && suppressed.contains(r.emailNorm());
    ps.setString(o + 3, isSuppressed ? "SUPPRESSED" : "OK");
    ps.setString(o + 4, isSuppressed ? CellProblem.encode(List.of(new CellProblem("email", SUPPRESSED))) : null);
    ps.setString(o + 5, UUID.randomUUID().toString());
    ps.setString(o + 6, r.kind());
    ps.setString(o + 7, r.name());
    ps.setString(o + 8, r.searchName());
    ps.setString(o + 9, r.blockingKey());
    ps.setString(o + 10, r.email());
    ps.setString(o + 11, r.emailNorm());
    ps.setString(o + 12, r.phone());
    ps.setString(o + 13, r.organisation());
    ps.setString(o + 14, r.organisationKey());
    ps.setString(o + 15, r.title());
    if (r.categoryId() == null) {
      ps.setNull(o + 16, Types.BIGINT);
    } else {
      ps.setLong(o + 16, r.categoryId());
    }
    ps.setString(o + 17, r.district());
    ps.setString(o + 18, r.countryCode());
    ps.setString(o + 19, r.timeZone());
    ps.setString(o + 20, r.languages());
    ps.setString(o + 21, r.tags());
    ps.setString(o + 22, r.notes());
    setBoolean(ps, o + 23, r.consentBulletin());
    setBoolean(ps, o + 24, r.consentInvitations());
    ps.setBoolean(o + 25, r.minor());
    if (r.guardianConsentOn() == null) {
      ps.setNull(o + 26, Types.DATE);
    } else {
      ps.setDate(o + 26, Date.valueOf(r.guardianConsentOn()));
    }
    ps.setString(o + 27, r.attendance());
    ps.setString(o + 28, r.emailNorm() == null ? null : UUID.randomUUID().toString());
    ps.setString(o + 29, r.phone() == null ? null : UUID.randomUUID().toString());
    ps.setString(o + 30, r.organisationKey() == null ? null : UUID.randomUUID().toString());
    ps.setString(o + 31, UUID.randomUUID().toString());
  }

  /**
   * After the last batch: marks good rows whose address an existing contact or an earlier row holds
   * as DUPLICATE, counts the rows and makes the import PREVIEWED.
   */
  void finishParse(String id) {
    markExistingDuplicates(id);
    sql("update cnt_import_row r set status = 'DUPLICATE', problem = concat(?, cast((select min(e.row_no)"
        + " from cnt_import_row e where e.import_id = r.import_id and e.email_norm = r.email_norm and e.row_no < r.row_no)"
        + " as varchar(12))) where r.import_id = ? and r.status = 'OK' and r.email_norm is not null and exists (select 1"
        + " from cnt_import_row e where e.import_id = r.import_id and e.email_norm = r.email_norm and e.row_no < r.row_no)",
        "email\t" + EARLIER, id);
    updateCounts(id);
    sql("update cnt_import set state = ?, updated_at = ?, version = version + 1 where id = ? and state = ?",
        ImportState.PREVIEWED.name(), now(), id, ImportState.PARSING.name());
  }

  private int markExistingDuplicates(String id) {
    return sql("update cnt_import_row r set status = 'DUPLICATE', problem = ? where r.import_id = ? and r.status = 'OK'"
        + " and r.email_norm is not null and exists (select 1 from cnt_email e where e.normalised = r.email_norm)",
        "email\t" + EXISTING, id);
  }

  private void updateCounts(String id) {
    int bad = 0;
    int skipped = 0;
    int total = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select status, count(*) from cnt_import_row where import_id = ? group by status")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int n = rs.getInt(2);
          total += n;
          switch (rs.getString(1)) {
            case "BAD" -> bad += n;
            case "DUPLICATE", "SUPPRESSED" -> skipped += n;
            default -> { }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    sql("update cnt_import set total_rows = ?, bad_rows = ?, skipped_rows = ?, updated_at = ? where id = ?",
        total, bad, skipped, now(), id);
  }

  /** Rows that are not OK, in file order. */
  Page<ImportProblem> problems(String id, String status, PageRequest page) {
    String where = " where import_id = ? and status <> 'OK'" + (status == null ? "" : " and status = ?");
    Object[] args = status == null ? new Object[] {id} : new Object[] {id, status};
    long total = count("select count(*) from cnt_import_row" + where, args);
    List<ImportProblem> items = new ArrayList<>();
    List<Object> params = new ArrayList<>(List.of(args));
    params.add(page.size());
    params.add(page.offset());
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select row_no, status, problem from cnt_import_row" + where
            + " order by row_no limit ? offset ?")) {
      bind(ps, params.toArray());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(new ImportProblem(rs.getInt(1), rs.getString(2), CellProblem.decode(rs.getString(3)).stream()
              .map(p -> new ImportProblem.Cell(p.column(), p.reason()))
              .toList()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new Page<>(items, page.page(), page.size(), total);
  }

  /**
   * Moves every good row into the directory in the caller's one transaction: contacts, e-mail
   * addresses, phones, categories, organisations (created when no organisation of the same folded
   * name exists) and affiliations, tags, consent and one history entry per contact, and marks the
   * import committed. Rows whose address a contact created since the preview holds are skipped. The
   * staging rows are dropped afterwards ({@link #deleteSome}), outside this transaction. Returns the
   * number of contacts imported.
   */
  int commit(String id, String actorId, String consentSource) {
    Record r = find(id).orElseThrow();
    int late = markExistingDuplicates(id);
    Timestamp now = now();
    String ok = " from cnt_import_row where import_id = ? and status = 'OK'";
    int imported = sql("insert into cnt_contact (id, kind, name, search_name, blocking_key, minor, guardian_consent_at, district,"
        + " country_code, time_zone, languages, attendance_preference, notes, merged_into, import_id, created_by, created_at,"
        + " updated_at, version) select contact_id, kind, name, search_name, blocking_key, minor, guardian_consent_at,"
        + " district, country_code, time_zone, languages, attendance, notes, null, import_id, ?, ?, ?, 0" + ok,
        actorId, now, now, id);
    sql("insert into cnt_email (id, contact_id, address, normalised, position) select email_id, contact_id, email, email_norm, 0"
        + ok + " and email_norm is not null", id);
    sql("insert into cnt_phone (id, contact_id, phone, position) select phone_id, contact_id, phone, 0" + ok
        + " and phone is not null", id);
    sql("insert into cnt_contact_category (contact_id, category_id) select contact_id, category_id" + ok
        + " and category_id is not null", id);
    long t = System.nanoTime();
    createOrganisations(id, actorId, now);
    logSlow("organisations created", t);
    sql("insert into cnt_affiliation (id, person_id, organisation_id, title) select r.affiliation_id, r.contact_id,"
        + " (select min(c.id) from cnt_contact c where c.kind = 'ORGANISATION' and c.search_name = r.org_key"
        + " and c.merged_into is null), r.title from cnt_import_row r where r.import_id = ? and r.status = 'OK'"
        + " and r.kind = 'PERSON' and r.org_key is not null", id);
    t = System.nanoTime();
    insertTags(id);
    logSlow("tags inserted", t);
    sql("insert into cnt_consent (contact_id, purpose, granted, lawful_basis, source, recorded_at, recorded_by)"
        + " select contact_id, 'BULLETIN', consent_bulletin, 'CONSENT', ?, ?, ?" + ok + " and consent_bulletin is not null",
        consentSource, now, actorId, id);
    sql("insert into cnt_consent (contact_id, purpose, granted, lawful_basis, source, recorded_at, recorded_by)"
        + " select contact_id, 'MEETING_INVITATIONS', consent_invitations, 'CONSENT', ?, ?, ?" + ok
        + " and consent_invitations is not null", consentSource, now, actorId, id);
    sql("insert into cnt_history (id, contact_id, at, actor_id, action, details) select history_id, contact_id, ?, ?,"
        + " 'imported', ?" + ok, now, actorId, "import " + id, id);
    sql("update cnt_import set state = ?, imported = ?, skipped_rows = ?, updated_at = ?, version = version + 1 where id = ?",
        ImportState.COMMITTED.name(), imported, r.skippedRows() + late, now, id);
    return imported;
  }

  private void createOrganisations(String id, String actorId, Timestamp now) {
    String missing = "select r.org_key, min(r.organisation) from cnt_import_row r where r.import_id = ? and r.status = 'OK'"
        + " and r.kind = 'PERSON' and r.org_key is not null and not exists (select 1 from cnt_contact c where"
        + " c.kind = 'ORGANISATION' and c.search_name = r.org_key and c.merged_into is null) group by r.org_key";
    String contact = "insert into cnt_contact (id, kind, name, search_name, blocking_key, minor, created_by, created_at,"
        + " updated_at, version, import_id) values (?, 'ORGANISATION', ?, ?, ?, false, ?, ?, ?, 0, ?)";
    String history = "insert into cnt_history (id, contact_id, at, actor_id, action, details) values (?, ?, ?, ?, 'imported', ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(missing);
        PreparedStatement insert = c.prepareStatement(contact);
        PreparedStatement log = c.prepareStatement(history)) {
      select.setString(1, id);
      List<String[]> found = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          found.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      int pending = 0;
      for (String[] org : found) {
        String orgId = UUID.randomUUID().toString();
        insert.setString(1, orgId);
        insert.setString(2, org[1]);
        insert.setString(3, org[0]);
        insert.setString(4, Names.blockingKey(org[1]));
        insert.setString(5, actorId);
        insert.setTimestamp(6, now);
        insert.setTimestamp(7, now);
        insert.setString(8, id);
        insert.addBatch();
        log.setString(1, UUID.randomUUID().toString());
        log.setString(2, orgId);
        log.setTimestamp(3, now);
        log.setString(4, actorId);
        log.setString(5, "import " + id + " (organisation named in the file)");
        log.addBatch();
        if (++pending == 1000) {
          insert.executeBatch();
          log.executeBatch();
          pending = 0;
        }
      }
      insert.executeBatch();
      log.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the organisations of import " + id + ": " + e.getMessage(), e);
    }
  }

  /** Tags are several per row, joined by {@code |}: split here and inserted 100 to a statement. */
  private void insertTags(String id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(
            "select contact_id, tags from cnt_import_row where import_id = ? and status = 'OK' and tags is not null")) {
      select.setString(1, id);
      select.setFetchSize(1000);
      List<String[]> pending = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          for (String tag : rs.getString(2).split("\\|")) {
            pending.add(new String[] {rs.getString(1), tag});
          }
          if (pending.size() >= 100) {
            insertTagRows(c, pending);
          }
        }
      }
      insertTagRows(c, pending);
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the tags of import " + id + ": " + e.getMessage(), e);
    }
  }

  private static void insertTagRows(Connection c, List<String[]> pending) throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    String values = String.join(",", java.util.Collections.nCopies(pending.size(), "(?,?)"));
    try (PreparedStatement insert = c.prepareStatement("insert into cnt_tag (contact_id, tag) values " + values)) {
      int i = 1;
      for (String[] p : pending) {
        insert.setString(i++, p[0]);
        insert.setString(i++, p[1]);
      }
      insert.executeUpdate();
    }
    pending.clear();
  }

  // --- JDBC helpers

  private static void logSlow(String what, long startNanos) {
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    if (ms > 200) {
      LOG.fine(() -> ms + " ms: " + what);
    }
  }

  private List<Record> records(String query, Object... args) {
    List<Record> records = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(query)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          records.add(new Record(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              ImportState.valueOf(rs.getString(5)), rs.getString(6) == null ? null : ImportJson.strings(rs.getString(6)),
              rs.getString(7) == null ? null : ImportJson.mapping(rs.getString(7)), rs.getInt(8), rs.getInt(9), rs.getInt(10),
              rs.getInt(11), rs.getString(12), rs.getString(13), rs.getLong(14), rs.getString(15),
              rs.getTimestamp(16).toInstant(), rs.getTimestamp(17).toInstant()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return records;
  }

  private long count(String query, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(query)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private int sql(String statement, Object... args) {
    long start = System.nanoTime();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
      bind(ps, args);
      int n = ps.executeUpdate();
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (ms > 200) {
        LOG.fine(() -> ms + " ms, " + n + " rows: " + statement.substring(0, Math.min(90, statement.length())));
      }
      return n;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) {
        ps.setNull(i + 1, Types.VARCHAR);
      } else if (a instanceof Timestamp t) {
        ps.setTimestamp(i + 1, t);
      } else if (a instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (a instanceof Long n) {
        ps.setLong(i + 1, n);
      } else {
        ps.setString(i + 1, a.toString());
      }
    }
  }

  private static void setBoolean(PreparedStatement ps, int index, Boolean value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BOOLEAN);
    } else {
      ps.setBoolean(index, value);
    }
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }
}
