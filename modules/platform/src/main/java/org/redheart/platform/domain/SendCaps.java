package org.redheart.platform.domain;

/**
 * Caps on sending, shared by every instance because they count what the database says was sent:
 * at most {@code perMinute} in any minute and {@code perDay} in any 24 hours (0 = no cap).
 */
public record SendCaps(int perMinute, int perDay) {
  public SendCaps {
    if (perMinute < 0 || perDay < 0) {
      throw new IllegalArgumentException("caps are 0 (none) or more");
    }
  }

  /** How many more mails may go out now, at most {@code batch}. */
  public int allowance(long sentLastMinute, long sentLastDay, int batch) {
    long allowed = batch;
    if (perMinute > 0) {
      allowed = Math.min(allowed, perMinute - sentLastMinute);
    }
    if (perDay > 0) {
      allowed = Math.min(allowed, perDay - sentLastDay);
    }
    return (int) Math.max(0, allowed);
  }
}
