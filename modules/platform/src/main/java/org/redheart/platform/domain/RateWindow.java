package org.redheart.platform.domain;

import java.time.Duration;
import java.time.Instant;

/** A fixed rate-limit window: windows of one length start at whole multiples of it since the epoch. */
public record RateWindow(Instant start, Duration length) {

  public static RateWindow containing(Instant moment, Duration length) {
    long seconds = length.toSeconds();
    if (seconds < 1) {
      throw new IllegalArgumentException("a window lasts at least one second");
    }
    long now = moment.getEpochSecond();
    return new RateWindow(Instant.ofEpochSecond(now - Math.floorMod(now, seconds)), Duration.ofSeconds(seconds));
  }

  /** Whole seconds from the moment until the next window starts (at least one). */
  public long secondsLeftAfter(Instant moment) {
    long left = start.plus(length).getEpochSecond() - moment.getEpochSecond();
    return Math.max(1, left);
  }
}
