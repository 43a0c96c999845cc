package org.redheart.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named value kept in the database so that every instance sees the same (generated secrets). */
@Entity
@Table(name = "plt_setting")
public class Setting {
  @Id private String name;

  @Column(name = "setting_value", nullable = false)
  private String value;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Setting() {}

  public Setting(String name, String value) {
    this.name = name;
    this.value = value;
    this.updatedAt = Instant.now();
  }

  public String value() {
    return value;
  }

  public void change(String newValue) {
    this.value = newValue;
    this.updatedAt = Instant.now();
  }
}
