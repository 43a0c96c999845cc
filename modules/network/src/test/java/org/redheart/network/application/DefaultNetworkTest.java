package org.redheart.network.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redheart.network.api.MemberKind;
import org.redheart.network.api.MemberQuery;
import org.redheart.network.api.MemberState;
import org.redheart.network.api.Network;
import org.redheart.network.domain.Member;
import org.redheart.network.domain.MemberEventEntry;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Audit;
import org.redheart.platform.api.Links;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;
import org.redheart.platform.api.Role;

/** Volunteering and leaving, with the in-memory store and doubles of the service test. */
class DefaultNetworkTest {
  private static final Actor ORGANISER = new Actor("organiser-1", Set.of(Role.ORGANISER));

  private final Store store = new Store();
  private final DefaultMembershipApplicationsTest.OneTimeTokens tokens = new DefaultMembershipApplicationsTest.OneTimeTokens();
  private final DefaultNetwork network = new DefaultNetwork();
  private Member member;

  @BeforeEach
  void wire() {
    network.store = store;
    network.formTokens = tokens;
    network.links = new Links() {
      @Override public String sign(String purpose, String subjectId, Duration validity) { return purpose + ":" + subjectId; }
      @Override public Optional<String> verify(String purpose, String token) {
        return token != null && token.startsWith(purpose + ":") ? Optional.of(token.substring(purpose.length() + 1)) : Optional.empty();
      }
    };
    network.audit = new Audit() {
      @Override public void record(String actorId, String action, String subject, Map<String, String> details) {}
      @Override public void record(String actorId, String action, String subject, Map<String, String> details, String content) {}
      @Override public Page<Entry> search(Filter filter, PageRequest page, Actor reader) { throw new UnsupportedOperationException(); }
      @Override public void export(Filter filter, Actor reader, java.util.function.Consumer<Entry> sink) { throw new UnsupportedOperationException(); }
    };
    member = new Member("contact-1", MemberKind.INDIVIDUAL, false, "en", "application-1", Instant.now());
    store.add(member);
  }

  @Test
  void marksAMemberAsVolunteerOncePerMeeting() {
    assertThat(network.markVolunteer("contact-1", "meeting-1", ORGANISER)).isTrue();
    assertThat(network.markVolunteer("contact-1", "meeting-1", ORGANISER)).isTrue();
    assertThat(network.markVolunteer("contact-1", "meeting-2", ORGANISER)).isTrue();

    assertThat(member.toSummary().volunteer()).isTrue();
    assertThat(store.events).extracting(e -> e.toEvent().meetingId()).containsExactly("meeting-1", "meeting-2");
  }

  @Test
  void recordsNothingForAContactWhoIsNoMember() {
    assertThat(network.markVolunteer("contact-2", "meeting-1", ORGANISER)).isFalse();
    member.leave(Instant.now());
    assertThat(network.markVolunteer("contact-1", "meeting-1", ORGANISER)).isFalse();
    assertThat(store.events).isEmpty();
  }

  @Test
  void leavesByLinkOnceAndChangesNothingOnAReplay() {
    String link = network.leaveToken(member.id());
    assertThat(network.leaveLinkMember(link)).map(m -> m.state()).contains(MemberState.ACTIVE);
    String formToken = tokens.issue(Network.LEAVE_FORM, link);

    assertThat(network.leaveByLink(link, formToken)).isEqualTo(Network.LeaveOutcome.LEFT);
    assertThat(network.leaveByLink(link, formToken)).isEqualTo(Network.LeaveOutcome.INVALID);

    assertThat(member.toSummary().state()).isEqualTo(MemberState.LEFT);
    assertThat(store.events).extracting(e -> e.toEvent().action() + " " + e.toEvent().via() + " " + e.toEvent().actorId())
        .containsExactly("LEFT LINK null");
  }

  @Test
  void aForgedLeaveLinkChangesNothing() {
    assertThat(network.leaveByLink("forged:" + member.id(), tokens.issue(Network.LEAVE_FORM, "forged:" + member.id())))
        .isEqualTo(Network.LeaveOutcome.INVALID);
    assertThat(network.leaveLinkMember("forged")).isEmpty();
    assertThat(member.isActive()).isTrue();
  }

  @Test
  void staffLeavingIsRecordedWithTheActingUserAndIsIdempotent() {
    network.leave(member.id(), ORGANISER);
    network.leave(member.id(), ORGANISER);

    assertThat(store.events).extracting(e -> e.toEvent().action() + " " + e.toEvent().via() + " " + e.toEvent().actorId())
        .containsExactly("LEFT STAFF organiser-1");
  }

  @Test
  void walksActiveMembersInIdOrderFromTheLastOneSeenWhateverStateTheCallerAsks() {
    for (int i = 2; i <= 7; i++) {
      Member m = new Member("contact-" + i, MemberKind.INDIVIDUAL, false, i % 2 == 0 ? "bn" : "en", null, Instant.now());
      store.add(m);
      if (i == 4) {
        m.leave(Instant.now());
      }
    }
    MemberQuery leftOnes = new MemberQuery(null, null, null, null, null, MemberState.LEFT);
    java.util.List<String> seen = new java.util.ArrayList<>();
    String after = null;
    for (java.util.List<org.redheart.network.api.MemberSummary> batch = network.activeMembersAfter(leftOnes, null, 2);
        !batch.isEmpty(); batch = network.activeMembersAfter(leftOnes, after, 2)) {
      assertThat(batch).hasSizeLessThanOrEqualTo(2);
      batch.forEach(m -> seen.add(m.contactId()));
      after = batch.get(batch.size() - 1).id();
    }

    assertThat(seen).hasSize(6).doesNotContain("contact-4").doesNotHaveDuplicates();
    assertThat(store.queries).allMatch(q -> q.state() == MemberState.ACTIVE);
    assertThat(network.countActive(leftOnes)).isEqualTo(6);
    assertThat(network.countActive(new MemberQuery(null, null, null, null, null, null, "bn"))).isEqualTo(2);
  }

  @Test
  void refusesAKeysetPageOutsideOneToAThousand() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> network.activeMembersAfter(MemberQuery.all(), null, 0))
        .isInstanceOf(org.redheart.platform.api.InvalidInput.class).hasMessageContaining("limit");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> network.activeMembersAfter(MemberQuery.all(), null, 1001))
        .isInstanceOf(org.redheart.platform.api.InvalidInput.class);
  }

  /** The service test's store, plus members by id and the history check. */
  static final class Store extends DefaultMembershipApplicationsTest.InMemoryStore {
    final java.util.List<MemberQuery> queries = new java.util.ArrayList<>();

    private boolean matches(MemberQuery q, Member m) {
      queries.add(q);
      return (q.state() == null || m.toSummary().state() == q.state())
          && (q.language() == null || q.language().equals(m.language()));
    }

    @Override public java.util.List<Member> membersAfter(MemberQuery q, String afterId, int limit) {
      return members.stream().filter(m -> matches(q, m)).filter(m -> afterId == null || m.id().compareTo(afterId) > 0)
          .sorted(java.util.Comparator.comparing(Member::id)).limit(limit).toList();
    }

    @Override public long countMembers(MemberQuery q) {
      return members.stream().filter(m -> matches(q, m)).count();
    }
    @Override public Optional<Member> member(String id) {
      return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override public boolean hasEvent(String memberId, String action, String meetingId) {
      return events.stream().map(MemberEventEntry::toEvent)
          .anyMatch(e -> e.action().equals(action) && meetingId.equals(e.meetingId()));
    }
  }
}
