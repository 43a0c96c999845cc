package org.redheart.contacts.api;

import java.util.List;

/**
 * A row of an import that is not imported: {@code status} BAD (to fix: each problem names the column
 * and the reason), DUPLICATE or SUPPRESSED (skipped, with the reason).
 */
public record ImportProblem(int row, String status, List<Cell> problems) {
  public ImportProblem {
    problems = List.copyOf(problems);
  }

  /** One reason, with the column (the header cell) it concerns. */
  public record Cell(String column, String reason) {}
}
