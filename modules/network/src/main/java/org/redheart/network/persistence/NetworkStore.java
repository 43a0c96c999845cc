package org.redheart.network.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.redheart.network.api.ApplicationState;
import org.redheart.network.api.MemberQuery;
import org.redheart.network.api.MemberState;
import org.redheart.network.domain.Application;
import org.redheart.network.domain.ApplicationRules;
import org.redheart.network.domain.Member;
import org.redheart.network.domain.MemberEventEntry;

/** The network's tables through JPA (persistence unit {@code network}); joins the caller's transaction. */
@ApplicationScoped
public class NetworkStore {

  @PersistenceContext(unitName = "network")
  EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public Optional<Application> application(String id) {
    return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(Application.class, id));
  }

  public List<Application> applications(ApplicationState state, int offset, int limit) {
    return em.createQuery("select a from Application a where a.state = :s order by a.submittedAt, a.id", Application.class)
        .setParameter("s", state)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countApplications(ApplicationState state) {
    return em.createQuery("select count(a) from Application a where a.state = :s", Long.class).setParameter("s", state)
        .getSingleResult();
  }

  public List<String> applicationIdsOfMember(String memberId) {
    return em.createQuery("select a.id from Application a where a.memberId = :m order by a.submittedAt", String.class)
        .setParameter("m", memberId)
        .getResultList();
  }

  /** Applications holding one of the addresses (compared lower-case) or the contact id. */
  public List<Application> applicationsOf(Collection<String> emails, String contactId) {
    List<String> norm = emails.stream().map(ApplicationRules::normaliseEmail).toList();
    List<Application> out = new ArrayList<>();
    if (!norm.isEmpty()) {
      out.addAll(em.createQuery("select a from Application a where a.emailNorm in :e", Application.class)
          .setParameter("e", norm).getResultList());
    }
    if (contactId != null) {
      em.createQuery("select a from Application a where a.contactId = :c", Application.class).setParameter("c", contactId)
          .getResultList().stream().filter(a -> !out.contains(a)).forEach(out::add);
    }
    return out;
  }

  public List<Application> applicationsOfContact(String contactId) {
    return em.createQuery("select a from Application a where a.contactId = :c", Application.class)
        .setParameter("c", contactId).getResultList();
  }

  public Optional<Member> member(String id) {
    return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(Member.class, id));
  }

  public Optional<Member> memberOfContact(String contactId) {
    if (contactId == null) {
      return Optional.empty();
    }
    return em.createQuery("select m from Member m where m.contactId = :c", Member.class).setParameter("c", contactId)
        .getResultStream().findFirst();
  }

  public List<String> activeContactIds(Collection<String> contactIds) {
    if (contactIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select m.contactId from Member m where m.contactId in :c and m.state = :s", String.class)
        .setParameter("c", contactIds).setParameter("s", MemberState.ACTIVE).getResultList();
  }

  public List<Member> members(MemberQuery q, int offset, int limit) {
    return where(q, "select m from Member m", " order by m.searchName, m.id", Member.class)
        .setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long countMembers(MemberQuery q) {
    return where(q, "select count(m) from Member m", "", Long.class).getSingleResult();
  }

  /** Members matching the query in id order after {@code afterId} (null: from the start): a keyset walk on the primary key. */
  public List<Member> membersAfter(MemberQuery q, String afterId, int limit) {
    return where(q, afterId, "select m from Member m", " order by m.id", Member.class).setMaxResults(limit).getResultList();
  }

  private <T> TypedQuery<T> where(MemberQuery q, String select, String order, Class<T> type) {
    return where(q, null, select, order, type);
  }

  private <T> TypedQuery<T> where(MemberQuery q, String afterId, String select, String order, Class<T> type) {
    // no "where 1 = 1": EclipseLink stops binding parameters for a whole statement holding a comparison of two
    // literals on H2, and H2 2 then refuses the inlined boolean (VOLUNTEER = 1)
    StringBuilder jpql = new StringBuilder(select).append(" where m.id is not null");
    Map<String, Object> params = new HashMap<>();
    if (afterId != null) {
      jpql.append(" and m.id > :after");
      params.put("after", afterId);
    }
    if (q.language() != null && !q.language().isBlank()) {
      jpql.append(" and m.language = :language");
      params.put("language", q.language().strip().toLowerCase(java.util.Locale.ROOT));
    }
    if (q.text() != null && !q.text().isBlank()) {
      jpql.append(" and m.searchName like :text");
      String text = ApplicationRules.searchName(q.text()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      params.put("text", "%" + text + "%");
    }
    if (q.countryCode() != null && !q.countryCode().isBlank()) {
      jpql.append(" and m.countryCode = :country");
      params.put("country", q.countryCode().strip().toUpperCase(java.util.Locale.ROOT));
    }
    if (q.district() != null && !q.district().isBlank()) {
      jpql.append(" and lower(m.district) = :district");
      params.put("district", q.district().strip().toLowerCase(java.util.Locale.ROOT));
    }
    if (q.categoryId() != null) {
      jpql.append(" and m.categoryId = :category");
      params.put("category", q.categoryId());
    }
    if (q.volunteer() != null) {
      jpql.append(" and m.volunteer = :volunteer");
      params.put("volunteer", q.volunteer());
    }
    if (q.state() != null) {
      jpql.append(" and m.state = :state");
      params.put("state", q.state());
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    params.forEach(query::setParameter);
    return query;
  }

  public List<MemberEventEntry> history(String memberId) {
    return em.createQuery("select e from MemberEventEntry e where e.memberId = :m order by e.at desc, e.id", MemberEventEntry.class)
        .setParameter("m", memberId)
        .setMaxResults(500)
        .getResultList();
  }

  public boolean hasEvent(String memberId, String action, String meetingId) {
    return em.createQuery(
            "select count(e) from MemberEventEntry e where e.memberId = :m and e.action = :a and e.meetingId = :g", Long.class)
        .setParameter("m", memberId).setParameter("a", action).setParameter("g", meetingId)
        .getSingleResult() > 0;
  }

  /** Active members grouped by a directory column: [value, count], largest first. */
  public List<Object[]> countActiveBy(String column) {
    String field = switch (column) {
      case "country" -> "m.countryCode";
      case "district" -> "m.district";
      case "category" -> "m.categoryId";
      default -> throw new IllegalArgumentException(column);
    };
    return em.createQuery("select " + field + ", count(m) from Member m where m.state = :s group by " + field
            + " order by count(m) desc, " + field, Object[].class)
        .setParameter("s", MemberState.ACTIVE)
        .setMaxResults(500)
        .getResultList();
  }

  public long countActive(boolean volunteersOnly) {
    return em.createQuery("select count(m) from Member m where m.state = :s" + (volunteersOnly ? " and m.volunteer = true" : ""),
            Long.class)
        .setParameter("s", MemberState.ACTIVE).getSingleResult();
  }

  /** Every join and leave as [action, at], oldest first, streamed (for growth per month). */
  public Stream<Object[]> joinsAndLeaves() {
    return em.createQuery("select e.action, e.at from MemberEventEntry e where e.action in :a order by e.at", Object[].class)
        .setParameter("a", List.of(MemberEventEntry.JOINED, MemberEventEntry.REJOINED, MemberEventEntry.LEFT))
        .getResultStream();
  }

  /** Re-points members and applications from a merged contact to its survivor; returns rows changed. */
  public int repoint(String mergedId, String survivorId, Instant now) {
    int changed = 0;
    for (Application a : applicationsOfContact(mergedId)) {
      a.repointContact(survivorId);
      changed++;
    }
    Optional<Member> merged = memberOfContact(mergedId);
    if (merged.isPresent()) {
      Optional<Member> survivor = memberOfContact(survivorId);
      if (survivor.isEmpty()) {
        merged.get().repointContact(survivorId);
      } else {
        // both were members: the survivor's membership stays; the merged one's history moves to it,
        // except a volunteering at a meeting the survivor's history already records (one per meeting)
        em.createNativeQuery("delete from net_member_event where member_id = ?1 and meeting_id is not null and exists"
                + " (select 1 from net_member_event s where s.member_id = ?2 and s.action = net_member_event.action"
                + " and s.meeting_id = net_member_event.meeting_id)")
            .setParameter(1, merged.get().id()).setParameter(2, survivor.get().id()).executeUpdate();
        em.createQuery("update MemberEventEntry e set e.memberId = :s where e.memberId = :m")
            .setParameter("s", survivor.get().id()).setParameter("m", merged.get().id()).executeUpdate();
        em.createQuery("update Application a set a.memberId = :s where a.memberId = :m")
            .setParameter("s", survivor.get().id()).setParameter("m", merged.get().id()).executeUpdate();
        if (merged.get().isActive()) {
          survivor.get().rejoin(null, false, survivor.get().language(), now);
        }
        em.remove(merged.get());
      }
      changed++;
    }
    return changed;
  }
}
