package org.redheart.materials.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A post's figures as seen on a day: a null figure was not recorded (never a zero). Entered by hand,
 * fetched from the Graph API, or imported from CSV.
 */
public record EngagementSnapshot(
    String id,
    String materialId,
    LocalDate takenOn,
    Long reactions,
    Long comments,
    Long shares,
    Long reach,
    Long engagedUsers,
    Source source,
    String recordedBy,
    Instant recordedAt) {
  public enum Source {
    MANUAL,
    GRAPH_API,
    CSV_IMPORT
  }
}
