package org.redheart.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A published event: its type and JSON payload. Immutable once written. */
@Entity
@Table(name = "plt_event")
public class EventEntry {
  @Id private String id;

  @Column(name = "event_type", nullable = false)
  private String type;

  @Column(nullable = false, length = 20000)
  private String payload;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  protected EventEntry() {}

  public EventEntry(String type, String payload, Instant publishedAt) {
    this.id = UUID.randomUUID().toString();
    this.type = type;
    this.payload = payload;
    this.publishedAt = publishedAt;
  }

  public String id() {
    return id;
  }

  public String type() {
    return type;
  }

  public String payload() {
    return payload;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}
