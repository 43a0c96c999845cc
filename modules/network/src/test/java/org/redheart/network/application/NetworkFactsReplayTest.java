package org.redheart.network.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redheart.network.api.NetworkFacts;
import org.redheart.network.api.NetworkStats;

class NetworkFactsReplayTest {
  static Object[] event(String id, String member, String action, String at, String country, Long category) {
    return new Object[] {id, member, action, Instant.parse(at + "T10:00:00Z"), "Name " + member, country, category};
  }

  static final List<Object[]> EVENTS = List.of(
      event("e1", "a", "JOINED", "2022-05-10", "BD", 1L),
      event("e2", "b", "JOINED", "2022-06-20", "IN", null),
      event("e3", "c", "JOINED", "2022-07-05", "BD", 2L),
      event("e4", "b", "LEFT", "2022-08-01", "IN", null),
      event("e5", "d", "JOINED", "2022-09-15", null, 1L),
      event("e6", "b", "REJOINED", "2022-09-20", "IN", null),
      event("e7", "c", "LEFT", "2022-09-30", "BD", 2L));

  @Test
  void countsWhoWasAMemberAtTheEndAndWhoJoinedInThePeriod() {
    NetworkFacts.Period p = DefaultNetworkFacts.replay(EVENTS, LocalDate.of(2022, 7, 1), LocalDate.of(2022, 9, 30));
    assertThat(p.membersAtEnd()).extracting(NetworkFacts.MemberFact::memberId).containsExactly("a", "d", "b");
    assertThat(p.membersAtEnd().get(2).memberSince()).isEqualTo(LocalDate.of(2022, 9, 20));
    assertThat(p.joined()).extracting(NetworkFacts.JoinFact::eventId).containsExactly("e3", "e5", "e6");
    assertThat(p.months()).containsExactly(new NetworkStats.Month(YearMonth.of(2022, 7), 1, 0, 3),
        new NetworkStats.Month(YearMonth.of(2022, 8), 0, 1, 2), new NetworkStats.Month(YearMonth.of(2022, 9), 2, 1, 3));
    assertThat(p.months().get(2).members()).isEqualTo(p.membersAtEnd().size());
  }

  @Test
  void aPeriodBeforeAnyoneJoinedHasNoMembers() {
    NetworkFacts.Period p = DefaultNetworkFacts.replay(List.of(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 28));
    assertThat(p.membersAtEnd()).isEmpty();
    assertThat(p.months()).extracting(NetworkStats.Month::members).containsExactly(0L, 0L);
  }
}
