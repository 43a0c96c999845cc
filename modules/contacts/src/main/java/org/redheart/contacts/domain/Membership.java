package org.redheart.contacts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person's place in an organisation (an affiliation), with their title there. Always person to organisation. */
@Entity
@Table(name = "cnt_affiliation")
public class Membership {
  @Id private String id;

  @Column(name = "person_id", nullable = false)
  private String personId;

  @Column(name = "organisation_id", nullable = false)
  private String organisationId;

  private String title;

  protected Membership() {}

  public Membership(String personId, String organisationId, String title) {
    this.id = UUID.randomUUID().toString();
    this.personId = personId;
    this.organisationId = organisationId;
    this.title = title;
  }

  public String personId() {
    return personId;
  }

  public String organisationId() {
    return organisationId;
  }

  public String title() {
    return title;
  }

  public void title(String title) {
    this.title = title;
  }

  public void person(String personId) {
    this.personId = personId;
  }

  public void organisation(String organisationId) {
    this.organisationId = organisationId;
  }
}
