package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An approved material a bulletin includes, at a position (the bulletin's mail lists them in order). */
@Entity
@Table(name = "mat_bulletin_item")
@IdClass(BulletinItem.Key.class)
public class BulletinItem {
  @Id
  @Column(name = "bulletin_id")
  private String bulletinId;

  @Id
  private int position;

  @Column(name = "material_id", nullable = false)
  private String materialId;

  protected BulletinItem() {}

  public BulletinItem(String bulletinId, int position, String materialId) {
    this.bulletinId = bulletinId;
    this.position = position;
    this.materialId = materialId;
  }

  public String bulletinId() {
    return bulletinId;
  }

  public int position() {
    return position;
  }

  public String materialId() {
    return materialId;
  }

  /** The composite key (bulletin, position). */
  public static class Key implements Serializable {
    private String bulletinId;
    private int position;

    public Key() {}

    public Key(String bulletinId, int position) {
      this.bulletinId = bulletinId;
      this.position = position;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(bulletinId, k.bulletinId) && position == k.position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(bulletinId, position);
    }
  }
}
