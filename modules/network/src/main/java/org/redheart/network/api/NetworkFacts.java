package org.redheart.network.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The network in a period, in bulk, for reports (one query over the join and leave events, whatever
 * the number of members): who was a member at the end of the period (last event on or before {@code
 * to} a join or rejoin), who joined or rejoined in it, and per month of the period how many joined,
 * left and were members at its end. Dates are UTC days, as {@link NetworkStats#growth()}. No actor: the
 * caller checked that its user may read the network's figures.
 */
public interface NetworkFacts {

  Period period(LocalDate from, LocalDate to);

  record Period(List<MemberFact> membersAtEnd, List<JoinFact> joined, List<NetworkStats.Month> months) {}

  /** A member at the end of the period: country (ISO, null unknown) and stakeholder category id (null none). */
  record MemberFact(String memberId, String name, String countryCode, Long categoryId, LocalDate memberSince) {}

  /** A join or rejoin in the period (the event's id). */
  record JoinFact(String eventId, String memberId, String name, LocalDate on) {}

  /** The months from {@code from}'s to {@code to}'s, inclusive. */
  static List<YearMonth> months(LocalDate from, LocalDate to) {
    List<YearMonth> out = new java.util.ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }
}
