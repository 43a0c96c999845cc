package org.redheart.contacts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.redheart.contacts.api.Consent;
import org.redheart.contacts.api.ConsentPurpose;
import org.redheart.contacts.api.LawfulBasis;

/** The current consent decision of a contact for one purpose; every change also goes to the history. */
@Entity
@Table(name = "cnt_consent")
@IdClass(ConsentRecord.Key.class)
public class ConsentRecord {
  @Id
  @Column(name = "contact_id")
  private String contactId;

  @Id
  @Enumerated(EnumType.STRING)
  private ConsentPurpose purpose;

  private boolean granted;

  @Enumerated(EnumType.STRING)
  @Column(name = "lawful_basis", nullable = false)
  private LawfulBasis lawfulBasis;

  @Column(nullable = false)
  private String source;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  protected ConsentRecord() {}

  public ConsentRecord(String contactId, Consent c) {
    this.contactId = contactId;
    this.purpose = c.purpose();
    set(c);
  }

  /** Takes a decision; false when it changes nothing (the same grant or withdrawal again). */
  public boolean set(Consent c) {
    boolean same = c.granted() == granted && c.lawfulBasis() == lawfulBasis && recordedAt != null;
    granted = c.granted();
    lawfulBasis = c.lawfulBasis();
    source = c.source();
    recordedAt = c.recordedAt();
    recordedBy = c.recordedBy();
    return !same;
  }

  public String contactId() {
    return contactId;
  }

  public ConsentPurpose purpose() {
    return purpose;
  }

  public boolean granted() {
    return granted;
  }

  public Consent toRecord() {
    return new Consent(purpose, granted, lawfulBasis, source, recordedAt, recordedBy);
  }

  /** The composite key: contact and purpose. */
  public static class Key implements Serializable {
    private String contactId;
    private ConsentPurpose purpose;

    public Key() {}

    public Key(String contactId, ConsentPurpose purpose) {
      this.contactId = contactId;
      this.purpose = purpose;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(contactId, k.contactId) && purpose == k.purpose;
    }

    @Override
    public int hashCode() {
      return Objects.hash(contactId, purpose);
    }
  }
}
