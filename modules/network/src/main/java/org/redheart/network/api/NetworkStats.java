package org.redheart.network.api;

import java.time.YearMonth;
import java.util.List;

/**
 * Active members counted by country (ISO code), district and stakeholder category (id as text,
 * "" for none), largest first; and growth: for each month from the first join to now, how many
 * joined and how many were members at its end (joins minus leaves, cumulative).
 */
public record NetworkStats(
    long activeMembers, long volunteers, List<Count> byCountry, List<Count> byDistrict, List<Count> byCategory,
    List<Month> growth) {

  /** A group and its count; {@code key} null for members with no value recorded. */
  public record Count(String key, long count) {}

  /** One month of growth. */
  public record Month(YearMonth month, long joined, long left, long members) {}
}
