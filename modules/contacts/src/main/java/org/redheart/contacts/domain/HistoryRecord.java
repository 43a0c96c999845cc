package org.redheart.contacts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.redheart.contacts.api.ContactHistoryEntry;

/** One line of a contact's history: action, actor id, and details made of ids and field names only. */
@Entity
@Table(name = "cnt_history")
public class HistoryRecord {
  @Id private String id;

  @Column(name = "contact_id", nullable = false)
  private String contactId;

  @Column(nullable = false)
  private Instant at;

  @Column(name = "actor_id")
  private String actorId;

  @Column(nullable = false)
  private String action;

  private String details;

  protected HistoryRecord() {}

  public HistoryRecord(String contactId, Instant at, String actorId, String action, String details) {
    this.id = UUID.randomUUID().toString();
    this.contactId = contactId;
    this.at = at;
    this.actorId = actorId;
    this.action = action;
    this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
  }

  public ContactHistoryEntry toRecord() {
    return new ContactHistoryEntry(at, actorId, action, details);
  }
}
