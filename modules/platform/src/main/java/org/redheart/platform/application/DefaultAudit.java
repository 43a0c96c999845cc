package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Forbidden;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;
import org.redheart.platform.api.Tokens;
import org.redheart.platform.domain.AuditDetails;
import org.redheart.platform.domain.AuditRecord;

@ApplicationScoped
@Transactional
public class DefaultAudit implements Audit {
  static final int EXPORT_CHUNK = 500;

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Override
  public void record(String actorId, String action, String subject, Map<String, String> details) {
    em.persist(new AuditRecord(actorId, action, subject, null, AuditDetails.format(details), Instant.now()));
  }

  @Override
  public void record(String actorId, String action, String subject, Map<String, String> details, String content) {
    String hash = content == null ? null : Tokens.sha256Hex(content);
    em.persist(new AuditRecord(actorId, action, subject, hash, AuditDetails.format(details), Instant.now()));
  }

  @Override
  public Page<Entry> search(Filter filter, PageRequest page, Actor reader) {
    requireReader(reader);
    Where where = where(filter, null);
    List<Entry> items = query(where, AuditRecord.class, "select a from AuditRecord a")
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultStream()
        .map(AuditRecord::toEntry)
        .toList();
    long total = query(where, Long.class, "select count(a) from AuditRecord a").getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** Keyset chunks (recorded_at, id), each its own short read, so an export never holds a transaction open. */
  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void export(Filter filter, Actor reader, Consumer<Entry> sink) {
    requireReader(reader);
    AuditRecord last = null;
    while (true) {
      List<AuditRecord> chunk = query(where(filter, last), AuditRecord.class, "select a from AuditRecord a")
          .setMaxResults(EXPORT_CHUNK)
          .getResultList();
      chunk.forEach(r -> sink.accept(r.toEntry()));
      if (chunk.size() < EXPORT_CHUNK) {
        return;
      }
      last = chunk.get(chunk.size() - 1);
    }
  }

  private static void requireReader(Actor reader) {
    if (reader == null || !reader.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
      throw new Forbidden("the audit log is for supervisors and admins");
    }
  }

  private record Where(String clause, Map<String, Object> parameters) {}

  private static Where where(Filter f, AuditRecord after) {
    Filter filter = f == null ? Filter.all() : f;
    List<String> parts = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (present(filter.actorId())) {
      parts.add("a.actorId = :actor");
      params.put("actor", filter.actorId().strip());
    }
    match("action", filter.action(), parts, params);
    match("subject", filter.subject(), parts, params);
    if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
      throw new InvalidInput("from", "must not be after the end date");
    }
    if (filter.from() != null) {
      parts.add("a.recordedAt >= :from");
      params.put("from", filter.from().atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    if (filter.to() != null) {
      parts.add("a.recordedAt < :to");
      params.put("to", filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    if (after != null) {
      parts.add("(a.recordedAt < :afterAt or (a.recordedAt = :afterAt and a.id < :afterId))");
      params.put("afterAt", after.recordedAt());
      params.put("afterId", after.id());
    }
    return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
  }

  private static void match(String field, String value, List<String> parts, Map<String, Object> params) {
    if (!present(value)) {
      return;
    }
    String v = value.strip();
    if (v.length() > 200) {
      throw new InvalidInput(field, "is too long (at most 200 characters)");
    }
    if (v.endsWith("*")) {
      String prefix = v.substring(0, v.length() - 1).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      parts.add("a." + field + " like :" + field + " escape '\\'");
      params.put(field, prefix + "%");
    } else {
      parts.add("a." + field + " = :" + field);
      params.put(field, v);
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private <T> TypedQuery<T> query(Where where, Class<T> type, String select) {
    boolean count = type == Long.class;
    TypedQuery<T> q = em.createQuery(select + where.clause() + (count ? "" : " order by a.recordedAt desc, a.id desc"), type);
    where.parameters().forEach(q::setParameter);
    return q;
  }
}
