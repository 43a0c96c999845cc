package org.redheart.contacts.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An import as its creator sees it: the file, the state, the header row and the mapping, counts
 * ({@code totalRows} data rows; {@code badRows} to fix; {@code skippedRows} duplicates and suppressed
 * addresses; {@code okRows} that would be imported; {@code imported} after commit), the running job's
 * percent and message, and the error that stopped it (a file that cannot be read, with its row).
 */
public record ImportStatus(
    String id,
    String fileName,
    String format,
    ImportState state,
    List<String> headers,
    Map<ImportField, Integer> mapping,
    int totalRows,
    int badRows,
    int skippedRows,
    int okRows,
    int imported,
    String jobId,
    int percent,
    String progress,
    String error,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {

  /** Whether the good rows may be imported now. */
  public boolean committable() {
    return state == ImportState.PREVIEWED && badRows == 0 && okRows > 0 && error == null;
  }
}
