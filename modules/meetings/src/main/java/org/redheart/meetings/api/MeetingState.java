package org.redheart.meetings.api;

import java.time.Instant;
import java.util.List;

/**
 * Where a meeting stands as a whole: ACTIVE, COMPLETED, CANCELLED (with the reason, when and by
 * whom), HISTORICAL (a past meeting recorded without a process). {@code toTell}: the contacts chosen
 * as invitees, who must be told of a cancellation (until the invitations issue tells them itself).
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
