package org.redheart.platform.api;

/** Where a mail in the outbox stands. */
public enum MailStatus {
  /** Waiting for the dispatcher (first try, or a retry at its next attempt time). */
  PENDING,
  /** Kept because no SMTP server is configured; sent once one is. */
  HELD,
  /** Accepted by the SMTP relay. */
  SENT,
  /** Given up after the last retry, or refused for good; an admin may retry it. */
  FAILED,
  /** Not sent: the address is on the suppression list. */
  SUPPRESSED,
  /** Refused for good for this recipient (5xx); the address is now suppressed. */
  BOUNCED
}
