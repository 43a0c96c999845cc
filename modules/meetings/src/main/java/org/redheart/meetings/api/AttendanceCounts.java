package org.redheart.meetings.api;

import java.util.Map;

/**
 * The running counts of a meeting. {@code byCategory} is keyed by stakeholder category id ("none"
 * when unknown), {@code byGender} and {@code byAgeBand} by value ("unspecified" when not given);
 * children count only in {@code childrenByAgeBand} and {@code children}. {@code overCapacity}: the
 * total is above {@code roomCapacity}; {@code noteNeeded}: over capacity and no note yet.
 */
public record AttendanceCounts(
    int adults,
    int walkIns,
    int volunteers,
    int children,
    int total,
    Map<String, Integer> byCategory,
    Map<String, Integer> byGender,
    Map<String, Integer> byAgeBand,
    Map<String, Integer> childrenByAgeBand,
    int roomCapacity,
    boolean overCapacity,
    String capacityNote) {

  public boolean noteNeeded() {
    return overCapacity && (capacityNote == null || capacityNote.isBlank());
  }
}
