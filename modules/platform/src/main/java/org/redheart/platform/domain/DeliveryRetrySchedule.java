package org.redheart.platform.domain;

import java.time.Duration;
import java.util.List;

/**
 * When a failed event delivery is tried again: 10 s, 1 min, 10 min, 1 h, then every 6 h; after
 * {@code maxAttempts} failures it is parked for an admin. Never at once: a handler that fails
 * because something is down gets time for it to come back.
 */
public final class DeliveryRetrySchedule {
  private static final List<Duration> SPACING =
      List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(6));

  private final int maxAttempts;

  public DeliveryRetrySchedule(int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    this.maxAttempts = maxAttempts;
  }

  /** The wait after the given number of failed attempts (1 = the first failure). */
  public Duration delayAfter(int failedAttempts) {
    int index = Math.max(1, failedAttempts) - 1;
    return SPACING.get(Math.min(index, SPACING.size() - 1));
  }

  /** Whether a delivery that failed this many times is parked instead of retried. */
  public boolean parks(int failedAttempts) {
    return failedAttempts >= maxAttempts;
  }
}
