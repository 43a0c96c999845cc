package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A user who edited a version (four-eyes: never its approver). */
@Entity
@Table(name = "mat_version_editor")
@IdClass(VersionEditor.Key.class)
public class VersionEditor {
  @Id
  @Column(name = "version_id")
  private String versionId;

  @Id
  @Column(name = "user_id")
  private String userId;

  protected VersionEditor() {}

  public VersionEditor(String versionId, String userId) {
    this.versionId = versionId;
    this.userId = userId;
  }

  public String userId() {
    return userId;
  }

  /** The composite key (version, user). */
  public static class Key implements Serializable {
    private String versionId;
    private String userId;

    public Key() {}

    public Key(String versionId, String userId) {
      this.versionId = versionId;
      this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(versionId, k.versionId) && Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(versionId, userId);
    }
  }
}
