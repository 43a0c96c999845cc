package org.redheart.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One handler's delivery of one event. PENDING until the handler succeeds (DELIVERED) or has failed
 * too often (PARKED, until an admin retries it). An instance claims a due delivery by setting a
 * lease ({@code lease_owner}, {@code lease_until}) with a conditional update; an expired lease
 * (its instance died) may be claimed again.
 */
@Entity
@Table(name = "plt_event_delivery")
public class DeliveryEntry {
  public static final String PENDING = "PENDING";
  public static final String DELIVERED = "DELIVERED";
  public static final String PARKED = "PARKED";

  @Id private String id;

  @Column(name = "event_id", nullable = false)
  private String eventId;

  @Column(nullable = false)
  private String handler;

  @Column(nullable = false)
  private String status;

  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "lease_owner")
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected DeliveryEntry() {}

  public DeliveryEntry(String eventId, String handler, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.eventId = eventId;
    this.handler = handler;
    this.status = PENDING;
    this.nextAttemptAt = now;
    this.updatedAt = now;
  }

  public boolean heldBy(String owner) {
    return PENDING.equals(status) && owner.equals(leaseOwner);
  }

  public void delivered(Instant now) {
    status = DELIVERED;
    deliveredAt = now;
    attempts++;
    release(now);
  }

  public void failed(String error, DeliveryRetrySchedule schedule, Instant now) {
    attempts++;
    lastError = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
    if (schedule.parks(attempts)) {
      status = PARKED;
    } else {
      nextAttemptAt = now.plus(schedule.delayAfter(attempts));
    }
    release(now);
  }

  public void parkWith(String error, Instant now) {
    status = PARKED;
    lastError = error;
    release(now);
  }

  /** Due now; a parked delivery starts its attempts again. */
  public boolean retryNow(Instant now) {
    if (DELIVERED.equals(status)) {
      return false;
    }
    if (PARKED.equals(status)) {
      attempts = 0;
    }
    status = PENDING;
    nextAttemptAt = now;
    release(now);
    return true;
  }

  private void release(Instant now) {
    leaseOwner = null;
    leaseUntil = null;
    updatedAt = now;
  }

  public String id() { return id; }
  public String eventId() { return eventId; }
  public String handler() { return handler; }
  public String status() { return status; }
  public int attempts() { return attempts; }
  public Instant nextAttemptAt() { return nextAttemptAt; }
  public Instant deliveredAt() { return deliveredAt; }
  public String lastError() { return lastError; }
}
