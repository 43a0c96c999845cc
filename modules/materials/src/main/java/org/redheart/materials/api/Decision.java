package org.redheart.materials.api;

import java.time.Instant;

/**
 * A decision on a version, kept for good (also in the audit log, with the content hash): submitted,
 * cleared by the safeguarding lead, approved, changes requested, withdrawn, purged, published by hand.
 */
public record Decision(
    String id, int versionNumber, Kind kind, String actorId, String comment, String contentHash, Instant at) {
  public enum Kind {
    SUBMITTED,
    CLEARED,
    APPROVED,
    CHANGES_REQUESTED,
    SUPERSEDED,
    WITHDRAWN,
    PURGED,
    PUBLISHED
  }
}
