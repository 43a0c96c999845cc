package org.redheart.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** That a supervisor's daily digest of late steps went into the outbox for a day (one per user and day). */
@Entity
@Table(name = "mtg_digest_sent")
@IdClass(DigestSent.Key.class)
public class DigestSent {
  @Id
  @Column(name = "user_id")
  private String userId;

  @Id
  @Column(name = "digest_day")
  private LocalDate digestDay;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected DigestSent() {}

  public DigestSent(String userId, LocalDate digestDay, Instant sentAt) {
    this.userId = userId;
    this.digestDay = digestDay;
    this.sentAt = sentAt;
  }

  /** The composite key (user, day). */
  public static class Key implements Serializable {
    private String userId;
    private LocalDate digestDay;

    public Key() {}

    public Key(String userId, LocalDate digestDay) {
      this.userId = userId;
      this.digestDay = digestDay;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(digestDay, k.digestDay);
    }

    @Override
    public int hashCode() {
      return Objects.hash(userId, digestDay);
    }
  }
}
