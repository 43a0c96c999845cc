package org.redheart.materials.api;

/**
 * A post's publication: scheduled (waiting for its time), publishing, waiting to retry after a rate
 * limit, waiting for a person to post it by hand, published, failed (with the channel's message;
 * an admin was told when the channel's token is invalid), or published outside the system (an
 * imported historical post, which never had an approval here).
 */
public enum PublicationState {
  SCHEDULED,
  PUBLISHING,
  RETRY_WAIT,
  AWAITING_MANUAL_POST,
  PUBLISHED,
  FAILED,
  PUBLISHED_OUTSIDE
}
