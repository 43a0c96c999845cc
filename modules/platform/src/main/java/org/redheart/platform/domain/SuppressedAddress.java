package org.redheart.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.redheart.platform.api.SuppressionReason;

/** An address that gets no mail, kept only as the SHA-256 hash of its normalised form. */
@Entity
@Table(name = "plt_suppression")
public class SuppressedAddress {
  @Id
  @Column(name = "address_hash")
  private String addressHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SuppressionReason reason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SuppressedAddress() {}

  public SuppressedAddress(String addressHash, SuppressionReason reason) {
    this.addressHash = addressHash;
    this.reason = reason;
    this.createdAt = Instant.now();
  }
}
