package org.redheart.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redheart.network.api.NetworkFacts;
import org.redheart.network.api.NetworkStats;
import org.redheart.network.domain.MemberEventEntry;

/** The network in a period from its join and leave events (one query), replayed member by member. */
@ApplicationScoped
@Transactional
public class DefaultNetworkFacts implements NetworkFacts {

  @PersistenceContext(unitName = "network")
  EntityManager em;

  @Override
  public Period period(LocalDate from, LocalDate to) {
    Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Object[]> events = em.createQuery("select e.id, e.memberId, e.action, e.at, m.displayName, m.countryCode, m.categoryId "
            + "from MemberEventEntry e, Member m where m.id = e.memberId and e.action in :a and e.at < :end "
            + "order by e.at, e.id", Object[].class)
        .setParameter("a", List.of(MemberEventEntry.JOINED, MemberEventEntry.REJOINED, MemberEventEntry.LEFT))
        .setParameter("end", end)
        .getResultList();
    return replay(events, from, to);
  }

  /** Rows [event id, member id, action, at, name, country, category], oldest first. */
  static Period replay(List<Object[]> events, LocalDate from, LocalDate to) {
    Map<String, MemberFact> members = new LinkedHashMap<>();
    List<JoinFact> joined = new ArrayList<>();
    TreeMap<YearMonth, long[]> byMonth = new TreeMap<>();
    for (Object[] e : events) {
      String member = (String) e[1];
      boolean left = MemberEventEntry.LEFT.equals(e[2]);
      LocalDate on = ((Instant) e[3]).atZone(ZoneOffset.UTC).toLocalDate();
      String name = (String) e[4];
      byMonth.computeIfAbsent(YearMonth.from(on), k -> new long[2])[left ? 1 : 0]++;
      if (left) {
        members.remove(member);
      } else {
        members.remove(member);
        members.put(member, new MemberFact(member, name, (String) e[5], e[6] == null ? null : ((Number) e[6]).longValue(), on));
        if (!on.isBefore(from)) {
          joined.add(new JoinFact((String) e[0], member, name, on));
        }
      }
    }
    List<NetworkStats.Month> months = new ArrayList<>();
    long running = 0;
    YearMonth first = YearMonth.from(from);
    Map<YearMonth, long[]> before = byMonth.headMap(first);
    for (long[] jl : before.values()) {
      running += jl[0] - jl[1];
    }
    for (YearMonth m : NetworkFacts.months(from, to)) {
      long[] jl = byMonth.getOrDefault(m, new long[2]);
      running += jl[0] - jl[1];
      months.add(new NetworkStats.Month(m, jl[0], jl[1], running));
    }
    return new Period(List.copyOf(members.values()), List.copyOf(joined), List.copyOf(months));
  }
}
