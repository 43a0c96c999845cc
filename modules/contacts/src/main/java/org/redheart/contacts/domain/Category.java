package org.redheart.contacts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.redheart.contacts.api.StakeholderCategory;

/**
 * A stakeholder category: seeded at first start with the campaign's ten, then added to, renamed and
 * reordered by admins and supervisors; never deleted, since contacts and meetings refer to it.
 */
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

  public Category(long id, String name, String nameBn, int position) {
    this.id = id;
    rename(name, nameBn);
    this.position = position;
  }

  public void rename(String name, String nameBn) {
    this.name = name;
    this.nameBn = nameBn;
  }

  public void position(int position) {
    this.position = position;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public StakeholderCategory toRecord() {
    return new StakeholderCategory(id, name, nameBn, position);
  }
}
