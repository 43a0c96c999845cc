package org.redheart.materials.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.redheart.materials.api.MaterialKind;

/** A kind of material in the editable list ({@code mat_kind}). */
@Entity
@Table(name = "mat_kind")
public class KindEntry {
  @Id private String code;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "name_bn", nullable = false)
  private String nameBn;

  @Column(nullable = false)
  private boolean active;

  protected KindEntry() {}

  public KindEntry(MaterialKind kind) {
    this.code = kind.code();
    update(kind);
  }

  public void update(MaterialKind kind) {
    this.nameEn = kind.nameEn().strip();
    this.nameBn = kind.nameBn().strip();
    this.active = kind.active();
  }

  public String code() {
    return code;
  }

  public boolean active() {
    return active;
  }

  public MaterialKind toKind() {
    return new MaterialKind(code, nameEn, nameBn, active);
  }
}
