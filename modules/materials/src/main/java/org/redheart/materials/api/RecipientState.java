package org.redheart.materials.api;

/**
 * A bulletin recipient's status: written to the outbox (then the outbox's own status tells sent,
 * failed or bounced), or skipped with the reason (no bulletin consent, no address, no longer a member).
 */
public enum RecipientState {
  QUEUED,
  SKIPPED_NO_CONSENT,
  SKIPPED_NO_ADDRESS,
  SKIPPED_NOT_MEMBER
}
