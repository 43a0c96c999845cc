package org.redheart.contacts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One phone number of a contact, normalised ({@link Phones}). */
@Entity
@Table(name = "cnt_phone")
public class ContactPhone {
  @Id private String id;

  @Column(name = "contact_id", nullable = false)
  private String contactId;

  @Column(nullable = false)
  private String phone;

  private int position;

  protected ContactPhone() {}

  public ContactPhone(String contactId, String phone, int position) {
    this.id = UUID.randomUUID().toString();
    this.contactId = contactId;
    this.phone = phone;
    this.position = position;
  }

  public String contactId() {
    return contactId;
  }

  public String phone() {
    return phone;
  }

  public int position() {
    return position;
  }

  public void moveTo(String contactId, int position) {
    this.contactId = contactId;
    this.position = position;
  }
}
