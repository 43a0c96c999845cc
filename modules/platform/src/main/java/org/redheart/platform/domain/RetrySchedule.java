package org.redheart.platform.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a mail that failed for a passing reason is tried again: 1 min, 5 min, 30 min, 2 h after
 * its 1st, 2nd, 3rd and 4th failed attempt; after the 5th it is FAILED. Never immediately.
 */
public final class RetrySchedule {
  public static final List<Duration> DELAYS =
      List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));

  private RetrySchedule() {}

  /**
   * The wait before the next attempt, given how many attempts have failed so far (1 after the
   * first); empty when the mail is to be given up.
   */
  public static Optional<Duration> delayAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt has failed");
    }
    return failedAttempts <= DELAYS.size() ? Optional.of(DELAYS.get(failedAttempts - 1)) : Optional.empty();
  }
}
