package org.redheart.meetings.api;

import java.time.Instant;

/**
 * One invitee of a meeting as the organiser sees them: who (contact id and name), as what (SPEAKER
 * with topic and length, or PARTICIPANT), where their invitation stands ({@code status}, one of the
 * constants below; {@code mode} ON_SITE or ONLINE once accepted; {@code waitingPosition} 1-based on the
 * waiting list, else null; {@code notSentReason} NO_ADDRESS, NO_CONSENT or MINOR when it could not be
 * sent) and the last mail sent to them ({@code lastMailKind}, e.g. INVITATION, and its outbox status:
 * PENDING, HELD, SENT, FAILED, SUPPRESSED, BOUNCED). {@code reason} is the decline reason they gave.
 */
public record InvitationStatus(
    String contactId,
    String name,
    String kind,
    String topic,
    Integer lengthMinutes,
    String status,
    String mode,
    Integer waitingPosition,
    String reason,
    String notSentReason,
    String lastMailKind,
    String lastMailStatus,
    Instant invitedAt,
    Instant answeredAt,
    boolean bioUploaded,
    boolean slidesUploaded) {

  /** Chosen at the invitations step, not sent yet. */
  public static final String CHOSEN = "CHOSEN";
  /** Could not be sent (see {@code notSentReason}); sending again retries. */
  public static final String NOT_SENT = "NOT_SENT";
  /** Invitation sent, no answer yet. */
  public static final String INVITED = "INVITED";
  public static final String ACCEPTED = "ACCEPTED";
  /** A participant who accepted when the room was full. */
  public static final String WAITING = "WAITING";
  public static final String DECLINED = "DECLINED";
  /** A speaker who declined and suggested a colleague. */
  public static final String DELEGATED = "DELEGATED";
  /** Withdrawn by the organiser (they were told). */
  public static final String WITHDRAWN = "WITHDRAWN";
  /** The meeting was cancelled (they were told). */
  public static final String CANCELLED = "CANCELLED";

  public static final String ON_SITE = "ON_SITE";
  public static final String ONLINE = "ONLINE";
}
