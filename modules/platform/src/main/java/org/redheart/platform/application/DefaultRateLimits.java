package org.redheart.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.redheart.platform.api.InvalidInput;
import org.redheart.platform.api.RateLimits;
import org.redheart.platform.api.Tokens;
import org.redheart.platform.domain.RateWindow;
import org.redheart.platform.persistence.RateHits;

/**
 * Fixed windows counted in {@code plt_rate_hit}: record the attempt (committed), then count the
 * window's committed attempts. The n-th attempt to commit sees at least n, so no more than the
 * limit are ever admitted, whichever instance they reach. Buckets are stored as SHA-256 hashes.
 */
@ApplicationScoped
public class DefaultRateLimits implements RateLimits {
  @Inject RateHits hits;

  Clock clock = Clock.systemUTC();

  @Override
  public Decision attempt(String bucket, int limit, Duration window) {
    if (bucket == null || bucket.isEmpty()) {
      throw new InvalidInput("bucket", "is required");
    }
    if (limit < 1) {
      throw new InvalidInput("limit", "must be at least 1");
    }
    if (window == null || window.toSeconds() < 1) {
      throw new InvalidInput("window", "must be at least one second");
    }
    Instant now = clock.instant();
    RateWindow current = RateWindow.containing(now, window);
    String key = Tokens.sha256Hex(bucket);
    hits.record(key, current.start());
    long count = hits.count(key, current.start());
    return count <= limit ? new Decision(true, 0) : new Decision(false, current.secondsLeftAfter(now));
  }
}
