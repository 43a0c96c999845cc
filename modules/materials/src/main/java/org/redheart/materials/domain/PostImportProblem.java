package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.redheart.materials.api.PostImport;

/** A row-level problem of an import's last check ({@code mat_post_import_problem}). */
@Entity
@Table(name = "mat_post_import_problem")
@IdClass(PostImportProblem.Key.class)
public class PostImportProblem {
  @Id
  @Column(name = "import_id")
  private String importId;

  @Id private int position;

  @Column(name = "row_no", nullable = false)
  private int rowNumber;

  @Column(name = "column_name", nullable = false)
  private String columnName;

  @Column(nullable = false)
  private String reason;

  protected PostImportProblem() {}

  public PostImportProblem(String importId, int position, PostImport.Problem problem) {
    this.importId = importId;
    this.position = position;
    this.rowNumber = problem.row();
    this.columnName = clip(problem.column(), 300);
    this.reason = clip(problem.reason(), 1000);
  }

  public PostImport.Problem view() {
    return new PostImport.Problem(rowNumber, columnName, reason);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** The composite key (import, position). */
  public static class Key implements Serializable {
    private String importId;
    private int position;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(importId, k.importId) && position == k.position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(importId, position);
    }
  }
}
