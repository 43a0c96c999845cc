package org.redheart.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.redheart.network.api.MemberDetails;
import org.redheart.network.api.MemberQuery;
import org.redheart.network.api.MemberState;
import org.redheart.network.api.MemberSummary;
import org.redheart.network.api.Network;
import org.redheart.network.api.NetworkStats;
import org.redheart.network.domain.Member;
import org.redheart.network.domain.MemberEventEntry;
import org.redheart.network.persistence.NetworkStore;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.FormTokens;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.Links;
import org.redheart.platform.api.NotFound;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/** Members, their history, figures and leaving (see {@link Network}). */
@ApplicationScoped
@Transactional
public class DefaultNetwork implements Network {

  @Inject NetworkStore store;
  @Inject Links links;
  @Inject FormTokens formTokens;
  @Inject Audit audit;

  @Override
  public boolean isMember(String contactId) {
    return store.memberOfContact(contactId).map(Member::isActive).orElse(false);
  }

  @Override
  public boolean markVolunteer(String contactId, String meetingId, Actor actor) {
    if (meetingId == null || meetingId.isBlank()) {
      throw new InvalidInput("meetingId", "is required");
    }
    Optional<Member> member = store.memberOfContact(contactId).filter(Member::isActive);
    if (member.isEmpty()) {
      return false;
    }
    Member m = member.get();
    m.markVolunteer();
    if (!store.hasEvent(m.id(), MemberEventEntry.VOLUNTEERED, meetingId)) {
      store.add(new MemberEventEntry(m.id(), MemberEventEntry.VOLUNTEERED, MemberEventEntry.VIA_MEETING,
          actor == null ? null : actor.userId(), meetingId, Instant.now()));
    }
    return true;
  }

  @Override
  public String leaveToken(String memberId) {
    member(memberId);
    return links.sign(LEAVE_PURPOSE, memberId, null);
  }

  @Override
  public String leaveLink(String memberId) {
    return MembershipMails.baseUrl() + LEAVE_PAGE + "?t=" + leaveToken(memberId);
  }

  @Override
  public Page<MemberSummary> directory(MemberQuery query, PageRequest page, Actor actor) {
    DefaultMembershipApplications.requireReader(actor);
    MemberQuery q = query == null ? MemberQuery.all() : query;
    return new Page<>(store.members(q, page.offset(), page.size()).stream().map(Member::toSummary).toList(), page.page(),
        page.size(), store.countMembers(q));
  }

  @Override
  public MemberDetails member(String memberId, Actor actor) {
    DefaultMembershipApplications.requireReader(actor);
    Member m = member(memberId);
    return new MemberDetails(m.toSummary(), store.history(m.id()).stream().map(MemberEventEntry::toEvent).toList(),
        store.applicationIdsOfMember(m.id()));
  }

  @Override
  public Optional<MemberSummary> memberOfContact(String contactId) {
    return store.memberOfContact(contactId).map(Member::toSummary);
  }

  @Override
  public NetworkStats stats(Actor actor) {
    DefaultMembershipApplications.requireReader(actor);
    return new NetworkStats(store.countActive(false), store.countActive(true), counts("country"), counts("district"),
        counts("category"), growth(YearMonth.now(ZoneOffset.UTC)));
  }

  private List<NetworkStats.Count> counts(String column) {
    return store.countActiveBy(column).stream()
        .map(r -> new NetworkStats.Count(r[0] == null ? null : r[0].toString(), ((Number) r[1]).longValue()))
        .toList();
  }

  /** Joins and leaves per month from the first one to {@code now}, with the running total of members. */
  List<NetworkStats.Month> growth(YearMonth now) {
    TreeMap<YearMonth, long[]> byMonth = new TreeMap<>();
    try (Stream<Object[]> rows = store.joinsAndLeaves()) {
      rows.forEach(r -> {
        YearMonth month = YearMonth.from(((Instant) r[1]).atZone(ZoneOffset.UTC));
        long[] jl = byMonth.computeIfAbsent(month, k -> new long[2]);
        jl[MemberEventEntry.LEFT.equals(r[0]) ? 1 : 0]++;
      });
    }
    return growth(byMonth, now);
  }

  static List<NetworkStats.Month> growth(TreeMap<YearMonth, long[]> byMonth, YearMonth now) {
    List<NetworkStats.Month> out = new ArrayList<>();
    if (byMonth.isEmpty()) {
      return out;
    }
    long members = 0;
    YearMonth last = byMonth.lastKey().isAfter(now) ? byMonth.lastKey() : now;
    for (YearMonth m = byMonth.firstKey(); !m.isAfter(last); m = m.plusMonths(1)) {
      long[] jl = byMonth.getOrDefault(m, new long[2]);
      members += jl[0] - jl[1];
      out.add(new NetworkStats.Month(m, jl[0], jl[1], members));
    }
    return out;
  }

  @Override
  public MemberSummary leave(String memberId, Actor actor) {
    DefaultMembershipApplications.requireReader(actor);
    Member m = member(memberId);
    Instant now = Instant.now();
    if (m.leave(now)) {
      store.add(new MemberEventEntry(m.id(), MemberEventEntry.LEFT, MemberEventEntry.VIA_STAFF, actor.userId(), null, now));
      audit.record(actor.userId(), "network.member.left", "member:" + m.id(), Map.of("via", "staff"));
    }
    return m.toSummary();
  }

  @Override
  public Optional<MemberSummary> leaveLinkMember(String linkToken) {
    return links.verify(LEAVE_PURPOSE, linkToken).flatMap(store::member).map(Member::toSummary);
  }

  @Override
  public LeaveOutcome leaveByLink(String linkToken, String formToken) {
    Optional<Member> member = links.verify(LEAVE_PURPOSE, linkToken).flatMap(store::member);
    if (member.isEmpty() || !formTokens.consume(LEAVE_FORM, linkToken, formToken)) {
      return LeaveOutcome.INVALID;
    }
    Member m = member.get();
    Instant now = Instant.now();
    if (m.leave(now)) {
      store.add(new MemberEventEntry(m.id(), MemberEventEntry.LEFT, MemberEventEntry.VIA_LINK, null, null, now));
      audit.record(Audit.SYSTEM, "network.member.left", "member:" + m.id(), Map.of("via", "link"));
    }
    return LeaveOutcome.LEFT;
  }

  @Override
  public List<String> activeMemberContactIds(Collection<String> contactIds) {
    return contactIds == null ? List.of() : store.activeContactIds(contactIds);
  }

  @Override
  public List<MemberSummary> activeMembersAfter(MemberQuery query, String afterMemberId, int limit) {
    if (limit < 1 || limit > 1000) {
      throw new InvalidInput("limit", "must be between 1 and 1000");
    }
    return store.membersAfter(activeOnes(query), afterMemberId, limit).stream().map(Member::toSummary).toList();
  }

  @Override
  public long countActive(MemberQuery query) {
    return store.countMembers(activeOnes(query));
  }

  /** The query with its state set to ACTIVE (the caller's state is ignored). */
  static MemberQuery activeOnes(MemberQuery query) {
    MemberQuery q = query == null ? MemberQuery.all() : query;
    return new MemberQuery(q.text(), q.countryCode(), q.district(), q.categoryId(), q.volunteer(), MemberState.ACTIVE,
        q.language());
  }

  private Member member(String memberId) {
    return store.member(memberId).orElseThrow(() -> new NotFound("member", memberId));
  }
}
