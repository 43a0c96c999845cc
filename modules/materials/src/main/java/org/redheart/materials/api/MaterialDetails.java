package org.redheart.materials.api;

import java.time.Instant;
import java.util.List;

/**
 * A material with its newest version, the number of its last approved version (0 when none), the
 * decisions on all versions (newest first), where it was published by hand, and the open review
 * task of its newest version (null when none).
 */
public record MaterialDetails(
    MaterialSummary summary,
    String language,
    List<String> meetingIds,
    VersionView current,
    int lastApprovedVersion,
    List<Decision> decisions,
    String permalink,
    Instant publishedAt,
    String reviewTaskId,
    long lock) {
  public MaterialDetails {
    meetingIds = List.copyOf(meetingIds);
    decisions = List.copyOf(decisions);
  }

  public String id() {
    return summary.id();
  }
}
