package org.redheart.meetings.api;

import java.time.Instant;
import java.util.List;

/**
 * Where a meeting stands as a whole: ACTIVE, COMPLETED, CANCELLED (with the reason, when and by
 * whom), HISTORICAL (a past meeting recorded without a process). {@code toTell}: the contacts chosen
 * as invitees whom no invitation reached (CHOSEN or NOT_SENT): a cancellation must be told to them by
 * hand (those sent an invitation are told by mail).
 */
public record MeetingState(
    String meetingId,
    String status,
    String cancelReason,
    Instant cancelledAt,
    String cancelledBy,
    List<String> toTell,
    boolean mayChange) {

  public static final String ACTIVE = "ACTIVE";
  public static final String CANCELLED = "CANCELLED";
  public static final String COMPLETED = "COMPLETED";
  public static final String HISTORICAL = "HISTORICAL";
}
