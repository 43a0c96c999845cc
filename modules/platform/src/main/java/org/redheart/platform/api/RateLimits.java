package org.redheart.platform.api;

import java.time.Duration;

/**
 * Counts attempts per bucket in fixed time windows, in the database, so that the limit holds across
 * several instances. Each attempt is counted (refused ones too) and committed before it is judged:
 * under concurrency a bucket may refuse early, never admit more than the limit.
 */
public interface RateLimits {

  /** Whether an attempt may go ahead and, when it may not, after how many seconds to try again. */
  record Decision(boolean allowed, long retryAfterSeconds) {}

  /**
   * Records one attempt in the bucket's current window and judges it.
   *
   * @param bucket who and what is limited, e.g. client address and link (only its SHA-256 is
   *     stored)
   * @param limit attempts allowed per window
   * @param window the window length (whole seconds, at least one)
   */
  Decision attempt(String bucket, int limit, Duration window);
}
