package org.redheart.contacts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One e-mail address of a contact: as entered and normalised (unique over all contacts); position 0 is the primary one. */
@Entity
@Table(name = "cnt_email")
public class ContactEmail {
  @Id private String id;

  @Column(name = "contact_id", nullable = false)
  private String contactId;

  @Column(nullable = false)
  private String address;

  @Column(nullable = false)
  private String normalised;

  private int position;

  protected ContactEmail() {}

  public ContactEmail(String contactId, String address, String normalised, int position) {
    this.id = UUID.randomUUID().toString();
    this.contactId = contactId;
    this.address = address;
    this.normalised = normalised;
    this.position = position;
  }

  public String contactId() {
    return contactId;
  }

  public String address() {
    return address;
  }

  public String normalised() {
    return normalised;
  }

  public int position() {
    return position;
  }

  public void moveTo(String contactId, int position) {
    this.contactId = contactId;
    this.position = position;
  }

  public void position(int position) {
    this.position = position;
  }
}
