package org.redheart.materials.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A CSV import of posts and their figures: the file's header, the column mapping in use
 * ({@code "FIELD"} or {@code "FIELD#2"} for a second post in the row, to a column index), the rows
 * it would create or update, and the row-level problems (row, column, reason). It is committed only
 * when no row is bad, in one transaction: nothing is half-imported. {@code sample} holds the first
 * data rows as the file has them (for the mapping step).
 */
public record PostImport(
    String id,
    Kind kind,
    String campaignId,
    State state,
    List<String> header,
    Map<String, Integer> mapping,
    int rows,
    int postsFound,
    int snapshots,
    List<Problem> problems,
    String createdBy,
    Instant createdAt,
    List<List<String>> sample) {
  public enum Kind {
    /** Posts published before the app existed, with their figures: marked "published outside the system". */
    HISTORICAL_POSTS,
    /** Figures of posts the app knows (matched by permalink), as dated snapshots. */
    FIGURES
  }

  public enum State {
    PREVIEW,
    COMMITTED,
    DISCARDED
  }

  public record Problem(int row, String column, String reason) {}
}
