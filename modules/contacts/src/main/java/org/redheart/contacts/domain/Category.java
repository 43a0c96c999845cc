package org.redheart.contacts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.redheart.contacts.api.StakeholderCategory;

/** A stakeholder category; seeded at first start, editable once the contacts issue lands. */
@Entity
@Table(name = "cnt_stakeholder_category")
public class Category {
  @Id private long id;

  @Column(nullable = false)
  private String name;

  @Column(name = "name_bn")
  private String nameBn;

  private int position;

  protected Category() {}

  public StakeholderCategory toRecord() {
    return new StakeholderCategory(id, name, nameBn, position);
  }
}
