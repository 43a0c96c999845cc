package org.redheart.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One attempt counted against a rate-limit bucket (a hash) in one fixed window. A row per attempt
 * needs no upsert: instances insert side by side and count what is committed.
 */
@Entity
@Table(name = "plt_rate_hit")
public class RateHit {
  @Id private String id;

  @Column(nullable = false)
  private String bucket;

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  protected RateHit() {}

  public RateHit(String bucket, Instant windowStart) {
    this.id = UUID.randomUUID().toString();
    this.bucket = bucket;
    this.windowStart = windowStart;
  }
}
